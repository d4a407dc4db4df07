import { LIST_SORTS, type ListSort } from '../../core/list-sort';
import { t, type MessageKey } from '../shared/i18n';

const SORT_KEYS: Record<ListSort, MessageKey> = {
  name: 'sortName',
  domain: 'sortDomain',
  expires: 'sortExpires',
  size: 'sortSize',
  changed: 'sortChanged',
};

export function SortSelect({ sort, onSort }: { sort: ListSort; onSort: (sort: ListSort) => void }) {
  return (
    <label class="sort">
      {t('sortBy')}
      <select value={sort} onChange={(event) => onSort(event.currentTarget.value as ListSort)}>
        {LIST_SORTS.map((by) => (
          <option key={by} value={by}>
            {t(SORT_KEYS[by])}
          </option>
        ))}
      </select>
    </label>
  );
}
