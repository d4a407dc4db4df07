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
    // Floats at the bottom: a notice that arrives late (the last change, offered on opening) must
    // not push the rows down under a click already on its way.
    <div class={notice.isError ? 'notice notice-floating notice-error' : 'notice notice-floating'}>
      <span role="status">{notice.message}</span>
      {op && notice.undo && (
        <button type="button" onClick={() => onUndo(op)}>
          {t('undo')}
        </button>
      )}
      <button type="button" id="notice-dismiss" class="icon" aria-label={t('dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
