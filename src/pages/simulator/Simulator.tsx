import { useState } from 'preact/hooks';
import type { Cookie } from '../../core/cookie';
import { cookieHeaderOf } from '../../core/request-cookies';
import { isEmbedded, REQUEST_CONTEXTS, simulateRequest, type RequestContext, type Simulation, type Withheld } from '../../core/request-simulator';
import { translatorFrom } from '../../core/translate';
import type { SiteInfo } from '../../core/protocol';
import { messageOf } from '../shared/errors';
import { t, tCount } from '../shared/i18n';
import { send } from '../shared/messaging';
import { ext } from '../shared/runtime';
import { browserOfPage } from '../shared/store-param';
import { ChoiceSelect } from '../shared/ChoiceSelect';
import { TextField } from '../transfer/TextField';
import { CONTEXT_LABELS } from './context-labels';

type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; simulation: Simulation } | { kind: 'invalid' } | { kind: 'failed'; message: string };

const translate = translatorFrom((key, substitutions) => ext.i18n.getMessage(key, substitutions));

function where(cookie: Cookie): string {
  return `${cookie.domain}${cookie.path}`;
}

function keyOf(cookie: Cookie): string {
  return `${where(cookie)} ${cookie.name} ${cookie.partitionKey?.topLevelSite ?? ''}`;
}

/**
 * "What would a request to this URL carry?" for the inspected tab's store: the cookies are read
 * from the jar on every run, so the answer is never older than the click.
 */
export function Simulator({ site }: { site: SiteInfo }) {
  const browser = browserOfPage(location);
  const [url, setUrl] = useState(site.url);
  const [context, setContext] = useState<RequestContext>('navigation');
  const [topLevelUrl, setTopLevelUrl] = useState(site.url);
  const [thirdPartyBlocked, setThirdPartyBlocked] = useState(true);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const embedded = isEmbedded(context);

  const run = (event: Event) => {
    event.preventDefault();
    setOutcome({ kind: 'busy' });
    send<'listStore'>({ type: 'listStore', storeId: site.storeId }).then(
      ({ cookies }) => {
        const simulation = simulateRequest(cookies.map((entry) => entry.cookie), {
          url: url.trim(),
          context,
          nowSeconds: Date.now() / 1000,
          browser,
          thirdPartyBlocked,
          translate,
          ...(embedded ? { topLevelUrl: topLevelUrl.trim() } : {}),
        });
        setOutcome(simulation ? { kind: 'done', simulation } : { kind: 'invalid' });
      },
      (error: unknown) => setOutcome({ kind: 'failed', message: messageOf(error) }),
    );
  };

  return (
    <section id="simulator" class="simulator" aria-labelledby="simulator-title">
      <h2 id="simulator-title">{t('simulatorTitle')}</h2>
      <p class="hint">{t('simulatorIntro')}</p>
      <form onSubmit={run} class="simulator-form">
        <TextField id="sim-url" label={t('simulatorRequestUrl')} hint={t('simulatorRequestUrlHint')} placeholder="https://example.com/path" value={url} onValue={setUrl} autocomplete="off" />
        <ChoiceSelect id="sim-context" label={t('simulatorContext')} value={context} choices={REQUEST_CONTEXTS} wordsOf={(id) => t(CONTEXT_LABELS[id])} onChange={setContext} />
        {embedded && (
          <TextField id="sim-top" label={t('simulatorTopLevelPage')} hint={t('simulatorTopLevelPageHint')} placeholder="https://example.org/" value={topLevelUrl} onValue={setTopLevelUrl} autocomplete="off" />
        )}
        {embedded && browser === 'chrome' && (
          <label class="check">
            <input type="checkbox" checked={thirdPartyBlocked} onChange={(event) => setThirdPartyBlocked(event.currentTarget.checked)} />
            {t('simulatorThirdPartyBlocked')}
          </label>
        )}
        <button type="submit">{t('simulatorRun')}</button>
      </form>
      <Result outcome={outcome} />
    </section>
  );
}

function Result({ outcome }: { outcome: Outcome }) {
  switch (outcome.kind) {
    case 'idle':
      return null;
    case 'busy':
      return <p role="status">{t('simulatorBusy')}</p>;
    case 'invalid':
      return <p role="alert">{t('simulatorInvalid')}</p>;
    case 'failed':
      return <p role="alert">{outcome.message}</p>;
    case 'done': {
      const { sent, unsure, withheld } = outcome.simulation;
      return (
        <div class="simulator-result">
          <p role="status">
            {unsure.length === 0
              ? tCount('simulatorSummary', sent.length, withheld.length)
              : tCount('simulatorSummaryUnsure', sent.length, unsure.length, withheld.length)}
          </p>
          {sent.length > 0 && (
            <>
              <h3>{t('simulatorSentHeading')}</h3>
              <ol aria-label={t('simulatorSentList')}>
                {sent.map((cookie) => (
                  <li key={keyOf(cookie)}>
                    <code>{cookie.name}</code> <span class="hint">{where(cookie)}</span>
                  </li>
                ))}
              </ol>
              <label for="sim-header">{t('simulatorHeader')}</label>
              <textarea id="sim-header" readOnly rows={2} value={cookieHeaderOf(sent)} />
            </>
          )}
          <ReasonList heading={t('simulatorUnsureHeading')} label={t('simulatorUnsureList')} items={unsure} />
          <ReasonList heading={t('simulatorWithheldHeading')} label={t('simulatorWithheldList')} items={withheld} />
        </div>
      );
    }
  }
}

/** Cookies with the reasons the simulator gives for them; nothing when there are none. */
function ReasonList({ heading, label, items }: { heading: string; label: string; items: Withheld[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      <ul aria-label={label}>
        {items.map(({ cookie, reasons }) => (
          <li key={keyOf(cookie)}>
            <code>{cookie.name}</code> <span class="hint">{where(cookie)}</span>
            <ul>
              {reasons.map((reason) => (
                <li key={reason.code}>
                  <code>{reason.code}</code> {reason.message}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
