import { useEffect, useState } from 'preact/hooks';
import { responseFromHar } from '../../core/har-response';
import type { InspectedResponse, RecordedResponse } from '../../core/inspector';
import { InspectionTable } from '../inspector/InspectionTable';
import { messageOf } from '../shared/errors';
import { t } from '../shared/i18n';
import { send } from '../shared/messaging';

/** The part of the DevTools API the panel reads: the network log of the inspected tab. */
interface DevtoolsNetwork {
  getHAR(callback: (har: { entries?: unknown[] }) => void): void;
  onRequestFinished: { addListener(listener: (entry: unknown) => void): void };
  onNavigated: { addListener(listener: (url: string) => void): void };
}

/** Present only in a page DevTools shows (Chrome's `chrome.devtools`, Firefox's too). */
const network = (globalThis as { chrome?: { devtools?: { network?: DevtoolsNetwork } } }).chrome?.devtools?.network;

/**
 * The Set-Cookie inspector fed by the DevTools network log: no permission, and nothing runs
 * while DevTools is closed. The log is DevTools' own, so nothing here needs keeping: reopened,
 * the panel reads it again with getHAR.
 */
export function DevtoolsInspector({ tabId, pageUrl }: { tabId: number; pageUrl: string }) {
  const [responses, setResponses] = useState<InspectedResponse[] | null>(null);
  const [alert, setAlert] = useState<string | null>(null);

  useEffect(() => {
    if (!network) return;
    let topLevelUrl = pageUrl;
    let seen: RecordedResponse[] = [];
    let asking = false;
    let again = false;
    // One question at a time, the last answer covering every response seen so far.
    const ask = () => {
      if (asking) {
        again = true;
        return;
      }
      asking = true;
      send({ type: 'inspectResponses', tabId, responses: seen })
        .then(setResponses, (error: unknown) => setAlert(messageOf(error)))
        .finally(() => {
          asking = false;
          if (again) {
            again = false;
            ask();
          }
        });
    };
    const add = (entry: unknown) => {
      const response = responseFromHar(entry, { tabId, topLevelUrl });
      if (!response) return false;
      seen = [...seen, response];
      return true;
    };
    network.onNavigated.addListener((url) => {
      topLevelUrl = url;
    });
    network.getHAR((har) => {
      for (const entry of har.entries ?? []) add(entry);
      ask();
    });
    network.onRequestFinished.addListener((entry) => {
      if (add(entry)) ask();
    });
  }, [tabId, pageUrl]);

  const inspector = new URL(`../inspector/index.html?tabId=${tabId}`, location.href).href;
  return (
    <section class="inspector panel-inspector" aria-labelledby="panel-inspector-title">
      <h2 id="panel-inspector-title">{t('inspectTitle')}</h2>
      {network ? (
        <p class="hint">{t('panelInspectorIntro')}</p>
      ) : (
        <p role="status">
          {t('panelInspectorNoDevtools')}{' '}
          <a href={inspector} target="_blank" rel="noopener">
            {t('panelInspectorOpenRecorder')}
          </a>
        </p>
      )}
      {alert && (
        <p class="alert" role="alert">
          {alert}
        </p>
      )}
      {network && responses?.length === 0 && <p>{t('panelInspectorEmpty')}</p>}
      {responses && responses.length > 0 && <InspectionTable responses={responses} />}
    </section>
  );
}
