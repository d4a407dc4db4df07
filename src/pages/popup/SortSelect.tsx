import { LIST_SORTS, type ListSort } from '../../core/list-sort';
import { t, type MessageKey } from '../shared/i18n';

const SORT_KEYS: Record<ListSort, MessageKey> = {
  name: 'sortName',
  domain: 'sortDomain',
  expires: 'sortExpires',
  size: 'sortSize',
  changed: 'sortChanged',
};

/** The label points at the select instead of wrapping it, so the options' text does not become part of its name. */
export function SortSelect({ sort, onSort }: { sort: ListSort; onSort: (sort: ListSort) => void }) {
  return (
    <div class="sort">
      <label for="sort-by">{t('sortBy')}</label>
      <select id="sort-by" value={sort} onChange={(event) => onSort(event.currentTarget.value as ListSort)}>
        {LIST_SORTS.map((by) => (
          <option key={by} value={by}>
            {t(SORT_KEYS[by])}
          </option>
        ))}
      </select>
    </div>
  );
}
