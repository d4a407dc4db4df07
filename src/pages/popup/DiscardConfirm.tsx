import { useEffect, useRef } from 'preact/hooks';
import { t } from '../shared/i18n';

/**
 * Asks, inside the editor, whether to throw away what was typed: a window.confirm() would
 * block the popup, cannot be styled for dark mode and is closed by the popup losing focus.
 * Focus starts on the safe answer; Escape keeps editing.
 */
export function DiscardConfirm({ onDiscard, onKeep }: { onDiscard: () => void; onKeep: () => void }) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-labelledby="discard-question"
      class="alert alert-confirm discard"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // The editor would take this Escape as one more request to close.
        event.stopPropagation();
        onKeep();
      }}
    >
      <p id="discard-question">{t('discardQuestion')}</p>
      <div class="discard-actions">
        <button type="button" ref={keep} onClick={onKeep}>
          {t('keepEditing')}
        </button>
        <button type="button" class="danger" onClick={onDiscard}>
          {t('discardChanges')}
        </button>
      </div>
    </div>
  );
}
