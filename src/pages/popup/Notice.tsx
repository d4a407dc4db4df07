import { t } from '../shared/i18n';

export interface NoticeState {
  message: string;
  /** The journaled change it tells of: Undo undoes it, Dismiss stops pages offering it. */
  op?: string;
  undo?: boolean;
  isError?: boolean;
}

export function Notice({
  notice,
  onUndo,
  onDismiss,
}: {
  notice: NoticeState;
  onUndo: (op: string) => void;
  onDismiss: () => void;
}) {
  const op = notice.op;
  return (
    <div class={notice.isError ? 'notice notice-error' : 'notice'}>
      <span role="status">{notice.message}</span>
      {op && notice.undo && (
        <button type="button" onClick={() => onUndo(op)}>
          {t('undo')}
        </button>
      )}
      <button type="button" class="icon" aria-label={t('dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
