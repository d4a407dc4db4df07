import type { InspectedResponse } from '../../core/inspector';
import { fateWords, frameWords } from '../../core/fate-words';
import { t } from '../shared/i18n';

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

/** Every Set-Cookie line of the responses, in order, with its fate: the inspector page's and the DevTools panel's. */
export function InspectionTable({ responses }: { responses: InspectedResponse[] }) {
  return (
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
        {responses.map((response, i) => (
          <Rows key={i} response={response} />
        ))}
      </tbody>
    </table>
  );
}
