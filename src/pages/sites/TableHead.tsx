import type { SortColumn } from '../../core/query';
import { t } from '../shared/i18n';
import { COLUMNS } from './columns';
import type { SortOrder } from '../../core/site-groups';

export function TableHead({ sort, onSort }: { sort: SortOrder; onSort: (column: SortColumn) => void }) {
  return (
    <thead>
      <tr aria-rowindex={1}>
        {COLUMNS.map(({ column, label }) => {
          const active = sort.column === column;
          return (
            <th key={column} scope="col" class={`c-${column}`} aria-sort={active ? sort.direction : undefined}>
              <button type="button" class="sort" title={column === 'size' ? t('sitesSizeHint') : undefined} onClick={() => onSort(column)}>
                {t(label)}
                <span class="arrow" aria-hidden="true">
                  {active ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                </span>
              </button>
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
