import { t } from '../shared/i18n';

export interface Status {
  message: string;
  /** The journaled change that "Undo" undoes. */
  undo?: string;
  isError?: boolean;
}

/**
 * The status region stays in the page even when empty: screen readers announce changes to a
 * live region they already know, not one that appears with its text.
 */
export function StatusBar({
  status,
  busy,
  onUndo,
  onDismiss,
}: {
  status: Status | null;
  busy: boolean;
  onUndo: (op: string) => void;
  onDismiss: () => void;
}) {
  const undo = status?.undo;
  const classes = ['notice', status ? '' : 'notice-empty', status?.isError ? 'notice-error' : ''].filter(Boolean).join(' ');
  return (
    <div class={classes}>
      <span role="status">{status?.message ?? ''}</span>
      {undo && (
        <button type="button" disabled={busy} onClick={() => onUndo(undo)}>
          {t('undo')}
        </button>
      )}
      {status && !busy && (
        <button type="button" class="icon" aria-label={t('dismiss')} onClick={onDismiss}>
          ×
        </button>
      )}
    </div>
  );
}
