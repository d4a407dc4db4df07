import type { CookieFailure } from '../../core/protocol';
import { t } from '../shared/i18n';
import type { ImportPhase } from './use-import';
import type { UndoPlan } from './import-plan';

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

/** What was written and what the browser refused, cookie by cookie; then the way back. */
export function ImportReport({
  phase,
  onUndo,
}: {
  phase: Extract<ImportPhase, { kind: 'written' | 'undone' }>;
  onUndo: (plan: UndoPlan) => void;
}) {
  if (phase.kind === 'undone') {
    const failed = [...phase.removed.failed, ...phase.restored.failed];
    return (
      <div class="report" role="status">
        <p>
          {t('transferUndone', phase.removed.done.length, phase.restored.done.length)}
          {failed.length > 0 && ` ${t('transferUndoFailed', failed.length)}`}
        </p>
        <Failures failed={failed} />
      </div>
    );
  }
  const { result, undo } = phase;
  return (
    <div class="report">
      <div role="status">
        <p>
          {t('transferImported', result.done.length)}
          {result.failed.length > 0 && ` ${t('transferImportFailed', result.failed.length)}`}
        </p>
        <Failures failed={result.failed} />
      </div>
      {result.done.length > 0 && (
        <div class="actions">
          <button type="button" onClick={() => onUndo(undo)}>
            {t('transferUndoImport')}
          </button>
        </div>
      )}
    </div>
  );
}
