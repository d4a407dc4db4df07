import type { Cookie } from '../../core/cookie';
import { t } from '../shared/i18n';

export interface NoticeState {
  message: string;
  /** What the last delete removed, for "Undo". */
  undo?: Cookie[];
  isError?: boolean;
}

export function Notice({
  notice,
  onUndo,
  onDismiss,
}: {
  notice: NoticeState;
  onUndo: (cookies: Cookie[]) => void;
  onDismiss: () => void;
}) {
  const undo = notice.undo;
  return (
    <div class={notice.isError ? 'notice notice-error' : 'notice'}>
      <span role="status">{notice.message}</span>
      {undo && undo.length > 0 && (
        <button type="button" onClick={() => onUndo(undo)}>
          {t('undo')}
        </button>
      )}
      <button type="button" class="icon" aria-label={t('dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
