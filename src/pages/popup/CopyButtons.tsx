import { useState } from 'preact/hooks';
import type { Cookie } from '../../core/cookie';
import { COPY_KINDS, type CopyKind } from '../../core/copy-kinds';
import { messageOf } from '../shared/errors';
import { t, type MessageKey } from '../shared/i18n';
import { send } from '../shared/messaging';

const LABELS: Record<CopyKind, MessageKey> = {
  value: 'copyValue',
  'set-cookie': 'copySetCookie',
  'document-cookie': 'copyDocumentCookie',
  curl: 'copyCurl',
};

/** Copies the cookie as the editor shows it, in the forms developers paste elsewhere. */
export function CopyButtons({ cookie }: { cookie: () => Cookie | null }) {
  const [done, setDone] = useState('');
  const copy = async (kind: CopyKind) => {
    const current = cookie();
    if (!current) return;
    try {
      const text = kind === 'value' ? current.value : await send<'copyAs'>({ type: 'copyAs', cookie: current, kind });
      await navigator.clipboard.writeText(text);
      setDone(t('copied'));
    } catch (error) {
      setDone(messageOf(error));
    }
  };
  return (
    <div class="copy">
      {COPY_KINDS.map((kind) => (
        <button key={kind} type="button" onClick={() => void copy(kind)}>
          {t(LABELS[kind])}
        </button>
      ))}
      <span class="hint" aria-live="polite">
        {done}
      </span>
    </div>
  );
}
