import type { JSX, TargetedEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { bareDomain } from '../../core/host';
import { SAME_SITE_VALUES, type Cookie, type SameSite } from '../../core/cookie';
import type { ListedCookie, ProtocolError, SiteInfo, StoreInfo } from '../../core/protocol';
import type { Diagnosis } from '../../core/diagnostics';
import { expiryCap, keptUntil } from '../../core/expiry';
import { expiryFindings } from '../../core/expiry-rules';
import type { Field } from '../../core/rules';
import { isSiteDomain } from '../../core/site-scope';
import { problemOf } from '../shared/errors';
import { t, type MessageKey } from '../shared/i18n';
import { send } from '../shared/messaging';
import { describeOperation, journaledOutcome, operationId, sendOperation } from '../shared/operations';
import type { OperationSummary } from '../../core/operation';
import { cookieFromDraft, draftExpirationDate, draftFromCookie, newDraft, withExpires, withMaxAge, type Draft } from './draft';
import { CopyButtons } from './CopyButtons';
import { DiagnosisView } from './DiagnosisView';
import { DiscardConfirm } from './DiscardConfirm';
import { ValueDecoder } from './ValueDecoder';
import { knownStores, storeLabel } from '../shared/stores';

/** `diagnosis`: why the tab's page receives the cookie or not; absent where there is no tab (All sites). */
export type EditorTarget = { kind: 'new' } | { kind: 'edit'; cookie: Cookie; diagnosis?: Diagnosis; protection?: ListedCookie['protection'] };

const SAME_SITE_KEYS: Record<SameSite, MessageKey> = {
  no_restriction: 'sameSiteNone',
  lax: 'sameSiteLax',
  strict: 'sameSiteStrict',
  unspecified: 'sameSiteUnspecified',
};

interface Props {
  target: EditorTarget;
  /** The tab's site; null where the editor works on a whole store (All sites), for any site. */
  site: SiteInfo | null;
  storeId: string;
  stores: StoreInfo[];
  /** Offer "Duplicate": the form becomes a new cookie with the same fields, to change and save. */
  duplicable?: boolean;
  onCancel: () => void;
  /** `op`: the journaled change, for Undo. */
  onSaved: (message: string, saved: Cookie | null, op?: OperationSummary) => void;
  onDelete: (cookie: Cookie) => void;
  /**
   * Offers Protected and Block this cookie (the popup's editor): `onRule` gets the message when a
   * rule ended the editor's work on the cookie, `onProtected` is told the list's badges are stale.
   */
  rules?: { onRule: (message: string) => void; onProtected: () => void };
}

export function CookieEditor({ target, site, storeId, stores, duplicable, onCancel, onSaved, onDelete, rules }: Props) {
  const nowSeconds = Date.now() / 1000;
  const [copying, setCopying] = useState(false);
  const original = target.kind === 'edit' && !copying ? target.cookie : undefined;
  const [draft, setDraft] = useState<Draft>(() => (original ? draftFromCookie(original, nowSeconds) : newDraft(site, storeId, nowSeconds)));
  const [initial] = useState(draft);
  const [askingToDiscard, setAskingToDiscard] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<ProtocolError | null>(null);
  const [confirming, setConfirming] = useState(false);
  // The cookie changed elsewhere since the editor opened: a second Save overwrites it.
  const [overwriting, setOverwriting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const [protectedNow, setProtected] = useState(target.kind === 'edit' && target.protection !== undefined);
  const nameInput = useRef<HTMLInputElement>(null);
  const valueInput = useRef<HTMLTextAreaElement>(null);
  // An existing cookie is opened to change its value most of the time; a new one needs a name first.
  const firstField = useRef(original ? valueInput : nameInput);
  /** The decoded value's last edit, while the background encodes it into the raw value. */
  const encoding = useRef<Promise<void> | null>(null);

  useEffect(() => firstField.current.current?.focus(), []);

  // Escape closes, but never silently drops what was typed.
  const close = () => {
    if (JSON.stringify(draft) === JSON.stringify(initial)) onCancel();
    else setAskingToDiscard(true);
  };
  const keepEditing = () => {
    setAskingToDiscard(false);
    firstField.current.current?.focus();
  };

  // On the document, not the form: the shortcut must work wherever focus is in the popup.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 's' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      // Otherwise the browser offers to save the page.
      event.preventDefault();
      form.current?.requestSubmit();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const update = (next: Draft) => {
    setDraft(next);
    setConfirming(false);
    setOverwriting(false);
  };
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => update({ ...draft, [key]: value });
  const invalid = (field: Field) => error?.findings?.some((f) => f.field === field) || undefined;
  /** The ids describing a field: its own hints, and the error when the error is about it. */
  const describedBy = (field: Field, ...ids: string[]) => [...ids, ...(invalid(field) ? ['f-error'] : [])].join(' ') || undefined;
  const asked = draftExpirationDate(draft);
  const capped = asked !== null && asked > expiryCap(nowSeconds) ? keptUntil(asked, nowSeconds) : null;

  const submit = async (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const waiting = encoding.current;
    if (waiting) {
      // Saved once the raw value of the last edit is in the draft: the next render's submit reads it.
      await waiting;
      setTimeout(() => form.current?.requestSubmit());
      return;
    }
    const built = cookieFromDraft(draft);
    if (!built.ok) {
      setError({ code: 'invalid', message: built.message, findings: [{ field: built.field, severity: 'error', code: `${built.field}-invalid`, message: built.message }] });
      return;
    }
    // Only the page knows the cookie is new, and for a new cookie a past expiry is no
    // deletion to confirm: the background would report one while storing nothing.
    const refused = expiryFindings(built.cookie, { nowSeconds: Date.now() / 1000, creating: !original }, t).filter((f) => f.severity === 'error');
    if (refused.length > 0) {
      setError({ code: 'invalid', message: refused.map((f) => f.message).join(' '), findings: refused });
      return;
    }
    setBusy(true);
    try {
      const result = await sendOperation<'save'>({
        type: 'save',
        id: operationId(),
        cookie: built.cookie,
        ...(original ? { original } : {}),
        // A cookie an embedded frame of another site stored here belongs to that frame's host.
        ...(site ? { siteHost: original && !isSiteDomain(original, site.registrableDomain) ? bareDomain(original.domain) : site.host } : {}),
        confirmed: confirming,
        overwrite: overwriting,
      });
      if (result.kind === 'deleted') onSaved(t('deletedOne', result.cookie.name), null, result.op);
      else onSaved(t('saved', result.cookie.name), result.cookie, result.op);
    } catch (caught) {
      const op = journaledOutcome(caught);
      if (op?.status === 'done') {
        onSaved(describeOperation(op), null, op);
        return;
      }
      const problem = problemOf(caught);
      setError(problem);
      setConfirming(problem.code === 'needs-confirmation');
      setOverwriting(problem.code === 'conflict');
    } finally {
      setBusy(false);
    }
  };

  /** Rules act at once, on the cookie as the jar holds it: the answer is what the background stored. */
  const rule = async (act: () => Promise<void>) => {
    setBusy(true);
    try {
      await act();
    } catch (caught) {
      setError(problemOf(caught));
    } finally {
      setBusy(false);
    }
  };
  const protect = (on: boolean) => {
    // Shown as asked while the background answers; its answer, read back from the stored rules, decides.
    setProtected(on);
    return rule(async () => {
      const result = await send<'protect'>({ type: 'protect', cookie: original!, on }).catch((caught: unknown) => {
        setProtected(!on);
        throw caught;
      });
      setProtected(result.protected);
      rules?.onProtected();
      setSaid(t(result.protected ? 'protectionOn' : 'protectionOff', original!.name));
    });
  };
  const block = () =>
    rule(async () => {
      const result = await send<'block'>({ type: 'block', cookie: original! });
      rules?.onRule(t('blockedRule', result.rule.name, result.rule.site ?? t('anySite'), result.removed));
    });

  const field = (id: string, label: MessageKey, control: JSX.Element, hint?: MessageKey) => (
    <div class="field">
      <label for={id}>{t(label)}</label>
      {control}
      {hint && (
        <small id={`${id}-hint`} class="hint">
          {t(hint)}
        </small>
      )}
    </div>
  );

  const check = (id: string, label: MessageKey, checked: boolean, onChange: (value: boolean) => void, hint?: MessageKey) => (
    <div class="check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label for={id}>{t(label)}</label>
      {hint && (
        <small id={`${id}-hint`} class="hint">
          {t(hint)}
        </small>
      )}
    </div>
  );

  return (
    <form
      class="editor"
      ref={form}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
      noValidate
    >
      <header class="editor-head">
        <h1 id="editor-heading">{t(original ? 'editCookie' : 'newCookie')}</h1>
        <p class="hint">
          {site && `${t('editorSite', site.registrableDomain)} · `}
          {t('shortcutsHint')}
        </p>
      </header>
      {askingToDiscard && <DiscardConfirm onDiscard={onCancel} onKeep={keepEditing} />}
      {original && target.kind === 'edit' && target.diagnosis && <DiagnosisView diagnosis={target.diagnosis} tabId={site?.tabId ?? null} />}
      {error && (
        <div role="alert" id="f-error" class={confirming ? 'alert alert-confirm' : 'alert'}>
          {error.findings && error.findings.length > 1 ? (
            <ul>
              {error.findings.map((f) => (
                <li key={f.code}>{f.message}</li>
              ))}
            </ul>
          ) : (
            <p>{error.message}</p>
          )}
          {confirming && <p>{t('confirmDelete')}</p>}
        </div>
      )}
      {field(
        'f-name',
        'fieldName',
        <input id="f-name" ref={nameInput} value={draft.name} aria-invalid={invalid('name')} aria-describedby={describedBy('name')} spellcheck={false} autocomplete="off" onInput={(e) => set('name', e.currentTarget.value)} />,
      )}
      {field(
        'f-value',
        'fieldValue',
        <textarea id="f-value" ref={valueInput} rows={4} value={draft.value} aria-invalid={invalid('value')} aria-describedby={describedBy('value')} spellcheck={false} onInput={(e) => set('value', e.currentTarget.value)} />,
      )}
      <ValueDecoder
        value={draft.value}
        onChange={(raw) => set('value', raw)}
        onPending={(pending) => {
          encoding.current = pending;
          void pending.then(() => {
            if (encoding.current === pending) encoding.current = null;
          });
        }}
      />
      {/* Right after the value, the field edited most, and sticky: a few Tabs from it, in view while the rest scrolls. */}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('save')}
        </button>
        {original && (
          <button type="button" class="danger" disabled={busy} onClick={() => onDelete(original)}>
            {t('delete')}
          </button>
        )}
        {original && duplicable && (
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              setCopying(true);
              setError(null);
              setConfirming(false);
              setOverwriting(false);
              nameInput.current?.focus();
            }}
          >
            {t('duplicate')}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
        {original && rules && (
          <button type="button" disabled={busy} onClick={() => void block()}>
            {t('blockCookie')}
          </button>
        )}
      </div>
      <CopyButtons
        cookie={() => {
          const built = cookieFromDraft(draft);
          return built.ok ? built.cookie : null;
        }}
      />
      <div class="grid">
        {field(
          'f-domain',
          'fieldDomain',
          <input id="f-domain" value={draft.domain} aria-invalid={invalid('domain')} aria-describedby={describedBy('domain', 'f-domain-hint')} spellcheck={false} autocomplete="off" onInput={(e) => set('domain', e.currentTarget.value)} />,
          'hintDomain',
        )}
        {field(
          'f-path',
          'fieldPath',
          <input id="f-path" value={draft.path} aria-invalid={invalid('path')} aria-describedby={describedBy('path')} spellcheck={false} autocomplete="off" onInput={(e) => set('path', e.currentTarget.value)} />,
        )}
      </div>
      {check('f-hostonly', 'fieldHostOnly', draft.hostOnly, (v) => set('hostOnly', v), 'hintHostOnly')}
      <fieldset class="expiry">
        <legend>{t('expiry')}</legend>
        {check('f-session', 'fieldSession', draft.session, (v) => set('session', v), 'hintSession')}
        <div class="grid">
          {field(
            'f-expires',
            'fieldExpires',
            <input id="f-expires" type="datetime-local" step={1} value={draft.session ? '' : draft.expires} disabled={draft.session} aria-invalid={invalid('expires')} aria-describedby={describedBy('expires', ...(capped === null ? [] : ['f-expires-kept']))} onInput={(e) => update(withExpires(draft, e.currentTarget.value, Date.now() / 1000))} />,
          )}
          {field(
            'f-maxage',
            'fieldMaxAge',
            // Text, not number: a number field hands over "" for "abc", hiding what was typed.
            <input id="f-maxage" type="text" inputMode="numeric" spellcheck={false} autocomplete="off" value={draft.session ? '' : draft.maxAge} disabled={draft.session} aria-invalid={invalid('maxAge')} aria-describedby={describedBy('maxAge', 'f-maxage-hint', ...(capped === null ? [] : ['f-expires-kept']))} onInput={(e) => update(withMaxAge(draft, e.currentTarget.value, Date.now() / 1000))} />,
            'hintMaxAge',
          )}
        </div>
        <p id="f-expires-kept" class="hint" aria-live="polite">
          {capped !== null && t('expiryKeptUntil', new Date(capped * 1000).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' }))}
        </p>
      </fieldset>
      <fieldset class="flags">
        <legend>{t('security')}</legend>
        {check('f-secure', 'fieldSecure', draft.secure, (v) => set('secure', v))}
        {check('f-httponly', 'fieldHttpOnly', draft.httpOnly, (v) => set('httpOnly', v), 'hintHttpOnly')}
        {field(
          'f-samesite',
          'fieldSameSite',
          <select id="f-samesite" value={draft.sameSite} aria-invalid={invalid('sameSite')} aria-describedby={describedBy('sameSite')} onChange={(e) => set('sameSite', e.currentTarget.value as SameSite)}>
            {SAME_SITE_VALUES.map((value) => (
              <option key={value} value={value}>
                {t(SAME_SITE_KEYS[value])}
              </option>
            ))}
          </select>,
        )}
      </fieldset>
      <fieldset class="partition">
        <legend>{t('partitionAndStore')}</legend>
        {check('f-partitioned', 'fieldPartitioned', draft.partitioned, (v) => set('partitioned', v), 'hintPartitioned')}
        {field(
          'f-toplevel',
          'fieldTopLevelSite',
          <input id="f-toplevel" value={draft.topLevelSite} disabled={!draft.partitioned} aria-invalid={invalid('topLevelSite')} aria-describedby={describedBy('topLevelSite')} spellcheck={false} autocomplete="off" onInput={(e) => set('topLevelSite', e.currentTarget.value)} />,
        )}
        {field(
          'f-store',
          'fieldCookieStore',
          <select id="f-store" value={draft.storeId} disabled={stores.length < 2} onChange={(e) => set('storeId', e.currentTarget.value)}>
            {knownStores(stores, draft.storeId).map((store) => (
              <option key={store.id} value={store.id}>
                {storeLabel(store)}
              </option>
            ))}
          </select>,
        )}
        {draft.firstPartyDomain !== undefined &&
          (site?.firstPartyIsolation || draft.firstPartyDomain !== '') &&
          field(
            'f-fpd',
            'fieldFirstPartyDomain',
            <input id="f-fpd" value={draft.firstPartyDomain} spellcheck={false} autocomplete="off" onInput={(e) => set('firstPartyDomain', e.currentTarget.value)} />,
            'hintFirstPartyDomain',
          )}
      </fieldset>
      {original && rules && check('f-protected', 'fieldProtected', protectedNow, (v) => void protect(v), 'hintProtected')}
      {original && rules && (
        <p role="status" class="hint">
          {said}
        </p>
      )}
    </form>
  );
}
