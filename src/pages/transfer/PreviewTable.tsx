import { useMemo, useState } from 'preact/hooks';
import type { ImportPreviewItem } from '../../core/protocol';
import { ColumnHeads } from '../shared/ColumnHeads';
import { t } from '../shared/i18n';

/** Thousands of table rows take seconds to lay out; the rest is shown on request. */
const ROWS_PER_PAGE = 250;

const STATUS_KEY = {
  new: 'transferStatusNew',
  replaces: 'transferStatusReplaces',
  rejected: 'transferStatusRejected',
} as const;

/** A rejected cookie shows the rules it breaks; an accepted one the warnings worth reading. */
function reasons(item: ImportPreviewItem): string[] {
  const rejected = item.status === 'rejected';
  return item.findings.filter((f) => (f.severity === 'warning') !== rejected).map((f) => f.message);
}

function Row({ item, number }: { item: ImportPreviewItem; number: number }) {
  const { cookie } = item;
  return (
    <tr class={`status-${item.status}`}>
      <td class="number">{number}</td>
      <td class="cell-name">{cookie.name}</td>
      <td>
        {cookie.domain}
        {cookie.partitionKey && <span class="hint"> {t('partitionedFor', cookie.partitionKey.topLevelSite)}</span>}
      </td>
      <td>{cookie.path}</td>
      <td class="status">{t(STATUS_KEY[item.status])}</td>
      <td>
        {reasons(item).map((reason, i) => (
          <div key={i}>{reason}</div>
        ))}
      </td>
    </tr>
  );
}

export function PreviewTable({ items, rejected }: { items: ImportPreviewItem[]; rejected: number }) {
  const [onlyRejected, setOnlyRejected] = useState(false);
  const [limit, setLimit] = useState(ROWS_PER_PAGE);
  // Numbered before filtering, so "#" stays the cookie's position in what was read.
  const rows = useMemo(() => {
    const numbered = items.map((item, index) => ({ item, number: index + 1 }));
    return onlyRejected ? numbered.filter(({ item }) => item.status === 'rejected') : numbered;
  }, [items, onlyRejected]);
  const hidden = rows.length - limit;
  return (
    <>
      {rejected > 0 && (
        <label class="check">
          <input type="checkbox" checked={onlyRejected} onChange={(event) => setOnlyRejected(event.currentTarget.checked)} />
          {t('transferOnlyRejected')}
        </label>
      )}
      <div class="table-scroll">
        <table aria-label={t('transferPreviewTable')}>
          <ColumnHeads labels={['#', t('fieldName'), t('fieldDomain'), t('fieldPath'), t('transferColumnStatus'), t('transferColumnReason')]} />
          <tbody>
            {rows.slice(0, limit).map(({ item, number }) => (
              <Row key={number} item={item} number={number} />
            ))}
          </tbody>
        </table>
      </div>
      {hidden > 0 && (
        <div class="actions">
          <button type="button" onClick={() => setLimit(limit + ROWS_PER_PAGE)}>
            {t('transferShowMore', Math.min(hidden, ROWS_PER_PAGE), hidden)}
          </button>
        </div>
      )}
    </>
  );
}
