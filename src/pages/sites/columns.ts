import type { SortColumn } from '../../core/query';
import type { MessageKey } from '../shared/i18n';

/** The table's columns in order; each one sorts by the column of the same name. */
export const COLUMNS: readonly { column: SortColumn; label: MessageKey }[] = [
  { column: 'name', label: 'fieldName' },
  { column: 'value', label: 'fieldValue' },
  { column: 'domain', label: 'fieldDomain' },
  { column: 'path', label: 'fieldPath' },
  { column: 'expires', label: 'fieldExpires' },
  { column: 'size', label: 'sitesColumnSize' },
];

/** Every row, group headings included, has this height: the window arithmetic depends on it. */
export const ROW_HEIGHT = 28;
