import { useEffect, useRef, useState } from 'preact/hooks';
import type { DecodedView } from '../../core/decode';
import { messageOf } from '../shared/errors';
import { t } from '../shared/i18n';
import { send } from '../shared/messaging';
import { usePreference } from '../shared/use-preference';

/**
 * Shows the value decoded (URL, Base64, JWT, JSON) beside the raw one. Editing the decoded
 * text writes the raw value back in the same encoding. The background decodes and encodes:
 * the decoders would be an eighth of everything the popup may load. `onPending` gets each
 * encoding still on its way, so a Save can wait for the raw value of the last keystroke.
 */
export function ValueDecoder({ value, onChange, onPending }: { value: string; onChange: (raw: string) => void; onPending: (encoding: Promise<void>) => void }) {
  const [views, setViews] = useState<DecodedView[]>([]);
  /** The raw value the views were decoded from: edits are encoded against it. */
  const [source, setSource] = useState('');
  const [choice, setChoice] = useState(0);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  /** The raw value this component wrote last: echoes of our own edits must not re-decode. */
  const written = useRef<string | null>(null);
  const lastEdit = useRef(0);

  const shown = usePreference((stored) => stored?.showDecoded !== false);

  useEffect(() => {
    if (!shown || value === written.current) return undefined;
    let current = true;
    send<'decode'>({ type: 'decode', value }).then(
      (next) => {
        if (!current) return;
        setViews(next);
        setSource(value);
        setChoice(0);
        setText(next[0]?.text ?? '');
        setProblem(null);
      },
      () => current && setViews([]),
    );
    return () => {
      current = false;
    };
  }, [shown, value]);

  const view = views[choice];
  if (!shown || !view) return null;

  const edit = (edited: string) => {
    setText(edited);
    const edit = ++lastEdit.current;
    const encoding = send<'encode'>({ type: 'encode', value: source, view: choice, text: edited }).then(
      (result) => {
        // An answer to an older keystroke would undo a newer one.
        if (edit !== lastEdit.current) return;
        if (!result.ok) {
          setProblem(result.message);
          return;
        }
        setProblem(result.note ?? null);
        written.current = result.raw;
        onChange(result.raw);
      },
      (error: unknown) => {
        if (edit === lastEdit.current) setProblem(messageOf(error));
      },
    );
    onPending(encoding);
  };

  return (
    <div class="decoded">
      <div class="decoded-head">
        <label for="f-decoded">{t('decodedValue')}</label>
        <select
          aria-label={t('decoding')}
          value={String(choice)}
          onChange={(e) => {
            const index = Number(e.currentTarget.value);
            setChoice(index);
            setText(views[index]?.text ?? '');
            setProblem(null);
          }}
        >
          {views.map((v, index) => (
            <option key={v.label} value={String(index)}>
              {v.label}
            </option>
          ))}
        </select>
      </div>
      {view.jwt && (
        <>
          <section aria-label={t('jwtHeader')}>
            <pre class="jwt-header">{view.jwt.header}</pre>
          </section>
          {view.jwt.claims.length > 0 && (
            <ul class="claims">
              {view.jwt.claims.map((claim) => (
                <li key={claim.claim}>
                  <code>{claim.claim}</code> {claim.iso} — {claim.relative}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <textarea id="f-decoded" rows={6} spellcheck={false} value={text} aria-describedby="f-decoded-note" onInput={(e) => edit(e.currentTarget.value)} />
      <small id="f-decoded-note" class="hint" aria-live="polite">
        {problem ?? view.note ?? ''}
      </small>
    </div>
  );
}
