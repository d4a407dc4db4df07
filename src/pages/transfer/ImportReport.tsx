import type { CookieFailure } from '../../core/protocol';
import { t } from '../shared/i18n';
import type { ImportPhase } from './use-import';

function Failures({ failed }: { failed: CookieFailure[] }) {
  if (failed.length === 0) return null;
  return (
    <ul>
      {failed.map(({ cookie, message }, index) => (
        <li key={index}>
          <strong>{cookie.name}</strong> ({cookie.domain}
          {cookie.path}): {message}
        </li>
      ))}
    </ul>
  );
}

/** What the jar holds after the import or its undo, what the browser refused or evicted; then the way back. */
export function ImportReport({
  phase,
  onUndo,
}: {
  phase: Extract<ImportPhase, { kind: 'written' | 'undone' }>;
  onUndo: (op: string) => void;
}) {
  const { undo } = phase;
  return (
    <div class="report">
      <div role="status">
        <p>
          {phase.message}
          {phase.failed.length > 0 && ` ${t(phase.kind === 'undone' ? 'transferUndoFailed' : 'transferImportFailed', phase.failed.length)}`}
        </p>
        <Failures failed={phase.failed} />
      </div>
      {undo && (
        <div class="actions">
          <button type="button" onClick={() => onUndo(undo)}>
            {t('transferUndoImport')}
          </button>
        </div>
      )}
    </div>
  );
}
