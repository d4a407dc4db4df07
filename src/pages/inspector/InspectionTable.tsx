import type { Cookie } from '../../core/cookie';
import type { InspectedResponse } from '../../core/inspector';
import { fateWords, frameWords } from '../../core/fate-words';
import { formatQuery } from '../../core/query';
import type { Fate } from '../../core/set-cookie-fate';
import { ColumnHeads } from '../shared/ColumnHeads';
import { t } from '../shared/i18n';

/** The cookie a line left in the jar, if it left one. */
function cookieOf(fate: Fate): Cookie | null {
  switch (fate.kind) {
    case 'stored':
    case 'unchanged':
    case 'partitioned':
      return fate.cookie;
    case 'overwrote':
      return fate.after;
    default:
      return null;
  }
}

/** All sites, in the cookie's store, searching for exactly its name on its domain. */
function allSitesLink(cookie: Cookie): string {
  const search = formatQuery({ terms: [{ field: 'name', text: cookie.name.toLowerCase() }, { field: 'domain', text: cookie.domain.toLowerCase() }] });
  return `../sites/index.html?${new URLSearchParams({ storeId: cookie.storeId, search }).toString()}`;
}

function FateCell({ fate }: { fate: Fate }) {
  const cookie = cookieOf(fate);
  return (
    <td class={`fate fate-${fate.kind}`}>
      {fateWords(fate, t)}
      {cookie && (
        <>
          {' '}
          <a href={allSitesLink(cookie)} target="_blank" rel="noopener">
            {t('inspectShowInAllSites')}
          </a>
        </>
      )}
    </td>
  );
}

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
          <FateCell fate={line.fate} />
        </tr>
      ))}
    </>
  );
}

/** Every Set-Cookie line of the responses, in order, with its fate: the inspector page's and the DevTools panel's. */
export function InspectionTable({ responses }: { responses: InspectedResponse[] }) {
  return (
    <table aria-label={t('inspectLines')}>
      <ColumnHeads labels={[t('inspectColumnResponse'), t('inspectColumnLine'), t('inspectColumnAttributes'), t('inspectColumnFate')]} />
      <tbody>
        {responses.map((response, i) => (
          <Rows key={i} response={response} />
        ))}
      </tbody>
    </table>
  );
}
