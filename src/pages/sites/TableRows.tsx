import type { Cookie } from '../../core/cookie';
import { dateTimeText } from '../../core/date-text';
import type { DateZone } from '../../core/preferences';
import { cookieSize } from '../../core/query';
import { t, tCount } from '../shared/i18n';
import { COLUMNS } from './columns';

/** A cell shows at most a line: the rest of a 4 KB value would only cost layout time. */
const PREVIEW_CHARS = 300;

/** Year first, sortable at a glance, and no Intl to load; local time as the editor's Expires field shows it, or UTC. */
function expiresText(cookie: Cookie, dates: DateZone): string {
  if (cookie.session || cookie.expirationDate === undefined) return t('fieldSession');
  return dateTimeText(cookie.expirationDate, dates);
}

// Rows carry role="row" explicitly (it is also implicit) so that tools looking for rows by
// attribute, like the bench's first-row stamp, find body rows and never the header.

export function GroupRow({ site, count, rowIndex }: { site: string; count: number; rowIndex: number }) {
  return (
    <tr role="row" class="group-row" aria-rowindex={rowIndex}>
      <td colSpan={COLUMNS.length}>
        <h2 class="group-site">{site}</h2>{' '}
        <span class="group-count">{tCount('countAll', count)}</span>
      </td>
    </tr>
  );
}

/** What a cookie row lets the user do: open it in the editor, and select it for a batch. */
export interface RowActions {
  isSelected(cookie: Cookie): boolean;
  onSelect(cookie: Cookie, selected: boolean): void;
  onOpen(cookie: Cookie): void;
}

export function CookieRow({ cookie, rowIndex, actions, dates }: { cookie: Cookie; rowIndex: number; actions: RowActions; dates: DateZone }) {
  return (
    <tr role="row" class="cookie-row" aria-rowindex={rowIndex}>
      {/* The name comes first, so that it begins the row's accessible name; the box floats to the cell's end. */}
      <td class="c-name" title={cookie.name}>
        <button type="button" class="row-open" onClick={() => actions.onOpen(cookie)}>
          {cookie.name || t('emptyName')}
        </button>
        <input
          type="checkbox"
          class="row-select"
          aria-label={t('sitesSelectCookie', cookie.name || t('emptyName'), `${cookie.domain}${cookie.path}`)}
          checked={actions.isSelected(cookie)}
          onChange={(event) => actions.onSelect(cookie, event.currentTarget.checked)}
        />
      </td>
      <td class="c-value">{cookie.value.slice(0, PREVIEW_CHARS)}</td>
      <td class="c-domain" title={cookie.partitionKey ? t('partitionedFor', cookie.partitionKey.topLevelSite) : undefined}>
        {cookie.partitionKey && <span class="badge badge-partition">{t('fieldPartitioned')}</span>}
        {cookie.domain}
      </td>
      <td class="c-path">{cookie.path}</td>
      <td class="c-expires">{expiresText(cookie, dates)}</td>
      <td class="c-size">{cookieSize(cookie)}</td>
    </tr>
  );
}
