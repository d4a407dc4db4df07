import { useCallback, useEffect, useState } from 'preact/hooks';
import { INSPECTOR_PORT, type InspectedResponse, type Inspection } from '../../core/inspector';
import { fateWords, frameWords } from '../../core/fate-words';
import { isRecord } from '../../core/cookie-guard';
import { messageOf } from '../shared/errors';
import { t } from '../shared/i18n';
import { send } from '../shared/messaging';
import { ext, type PagePort } from '../shared/runtime';
import { askToRecord } from '../shared/ask-to-record';

function Rows({ response }: { response: InspectedResponse }) {
  const where = `${response.method} ${response.status} ${response.url}`;
  return (
    <>
      {response.lines.map((line, i) => (
        <tr key={i}>
          <td>
            {where}
            <span class="frame">{frameWords(response.frame, t)}</span>
          </td>
          <td>
            <code class="clamp">{line.line}</code>
            <span class="parsed clamp">{t('inspectCookieName', line.name, JSON.stringify(line.value))}</span>
          </td>
          <td>{line.attributes.length === 0 ? t('inspectNoAttributes') : line.attributes.map((a) => (a.value === '' ? a.name : `${a.name}=${a.value}`)).join('; ')}</td>
          <td class={`fate fate-${line.fate.kind}`}>{fateWords(line.fate, t)}</td>
        </tr>
      ))}
    </>
  );
}

/** The recorded responses of one tab, each Set-Cookie line with its fate; updated as responses come. */
export function InspectorApp({ tabId, startNow }: { tabId: number | null; startNow: boolean }) {
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [alert, setAlert] = useState<string | null>(null);

  const show = useCallback((request: Promise<Inspection | null>) => {
    request.then(
      (result) => {
        if (result) setInspection(result);
        setAlert(null);
      },
      (error: unknown) => setAlert(messageOf(error)),
    );
  }, []);

  const refresh = useCallback(() => {
    if (tabId !== null) show(send({ type: 'inspection', tabId }));
  }, [tabId, show]);

  useEffect(() => {
    if (tabId === null) return undefined;
    let port: PagePort | null = null;
    // A stopped background drops the port: connecting again wakes it, and the page hears of new responses again.
    const connect = () => {
      port = ext.runtime.connect({ name: INSPECTOR_PORT });
      port.onMessage.addListener((message) => {
        if (isRecord(message) && message.tabId === tabId) refresh();
      });
      port.onDisconnect.addListener(() => {
        port = null;
        connect();
      });
    };
    connect();
    show(startNow ? send({ type: 'recordStart', tabId }) : send({ type: 'inspection', tabId }));
    return () => {
      const open = port;
      port = null;
      open?.disconnect();
    };
  }, [tabId, startNow, refresh, show]);

  if (tabId === null) {
    return (
      <main class="inspector">
        <h1>{t('inspectTitle')}</h1>
        <p>{t('inspectNoTab')}</p>
      </main>
    );
  }

  const record = () => {
    // The permission prompt needs the click itself: asked before anything else is awaited.
    show(askToRecord().then((granted) => (granted ? send({ type: 'recordStart', tabId }) : null)));
  };
  const stop = () => show(send({ type: 'recordStop' }).then(() => send({ type: 'inspection', tabId })));
  const lines = inspection?.responses.reduce((sum, response) => sum + response.lines.length, 0) ?? 0;

  return (
    <main class="inspector">
      <h1>{t('inspectTitle')}</h1>
      {inspection && <p role="status">{t(inspection.recording ? 'inspectRecording' : 'inspectNotRecording')}</p>}
      {inspection?.needsRestart && <p class="notice">{t('inspectNeedsRestart')}</p>}
      <div class="actions">
        {inspection?.recording ? (
          <button type="button" onClick={stop}>
            {t('inspectStop')}
          </button>
        ) : (
          <button type="button" class="primary" onClick={record}>
            {t('recordTab')}
          </button>
        )}
      </div>
      {alert && (
        <p class="alert" role="alert">
          {alert}
        </p>
      )}
      {inspection && lines === 0 && <p>{t('inspectEmpty')}</p>}
      {lines > 0 && (
        <table aria-label={t('inspectLines')}>
          <thead>
            <tr>
              <th scope="col">{t('inspectColumnResponse')}</th>
              <th scope="col">{t('inspectColumnLine')}</th>
              <th scope="col">{t('inspectColumnAttributes')}</th>
              <th scope="col">{t('inspectColumnFate')}</th>
            </tr>
          </thead>
          <tbody>
            {inspection?.responses.map((response, i) => <Rows key={i} response={response} />)}
          </tbody>
        </table>
      )}
    </main>
  );
}
