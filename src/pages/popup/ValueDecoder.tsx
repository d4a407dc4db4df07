import { useEffect, useRef, useState } from 'preact/hooks';
import type { DecodedView } from '../../core/decode';
import { t } from '../shared/i18n';
import { usePreference } from '../shared/use-preference';

type DecodeModule = typeof import('../../core/decode');

/**
 * Shows the value decoded (URL, Base64, JWT, JSON) beside the raw one. Editing the
 * decoded text writes the raw value back in the same encoding; the decoders load
 * only when a cookie is opened, so the list does not pay for them.
 */
export function ValueDecoder({ value, onChange }: { value: string; onChange: (raw: string) => void }) {
  const [decoders, setDecoders] = useState<DecodeModule | null>(null);
  const [views, setViews] = useState<DecodedView[]>([]);
  const [choice, setChoice] = useState(0);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  /** The raw value this component wrote last: echoes of our own edits must not re-decode. */
  const written = useRef<string | null>(null);

  const shown = usePreference((stored) => stored?.showDecoded !== false);

  useEffect(() => {
    if (shown) void import('../../core/decode').then(setDecoders);
  }, [shown]);

  useEffect(() => {
    if (!decoders || value === written.current) return;
    const next = decoders.decodeValue(value, Date.now() / 1000);
    setViews(next);
    setChoice(0);
    setText(next[0]?.text ?? '');
    setProblem(null);
  }, [decoders, value]);

  const view = views[choice];
  if (!shown || !decoders || !view) return null;

  const edit = (edited: string) => {
    setText(edited);
    const result = decoders.encodeValue(view, edited);
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    setProblem(result.note ?? null);
    written.current = result.raw;
    onChange(result.raw);
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
