import type { SortOrder } from '../../core/site-groups';

/** By site, then domain: how a store reads best before the user picks a column. */
export const DEFAULT_SORT: SortOrder = { column: 'domain', direction: 'ascending' };
