import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SortColumn } from '../../core/query';
import { t } from '../shared/i18n';
import { COLUMNS, ROW_HEIGHT } from './columns';
import type { Row } from './rows';
import type { SortOrder } from '../../core/site-groups';
import { TableHead } from './TableHead';
import { CookieRow, GroupRow, type RowActions } from './TableRows';

/** Rows rendered beyond each edge of the viewport, so a short scroll needs no render. */
const OVERSCAN = 6;

function windowOf(top: number, height: number, count: number): { first: number; last: number } {
  return {
    first: Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN),
    last: Math.min(count, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN),
  };
}

function Spacer({ rows }: { rows: number }) {
  if (rows <= 0) return null;
  return (
    <tr class="spacer" aria-hidden="true" style={{ height: `${rows * ROW_HEIGHT}px` }}>
      <td colSpan={COLUMNS.length} />
    </tr>
  );
}

/**
 * Only the rows in view (and a few around) are in the DOM; spacers above and below keep the
 * scroll height of the whole list. A new `scrollKey` (another search or store) starts at the top.
 */
export function CookieTable({
  rows,
  sort,
  onSort,
  scrollKey,
  actions,
}: {
  rows: Row[];
  sort: SortOrder;
  onSort: (column: SortColumn) => void;
  scrollKey: string;
  actions: RowActions;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  /** Where the window is drawn from; 0 as soon as a new scrollKey comes. */
  const top = useRef(0);
  /** The scroller's own position as its last scroll event told. */
  const scrolled = useRef(0);
  const shownKey = useRef(scrollKey);
  // Before the first layout the window is a fair guess for the viewport: no second render needed.
  const [height, setHeight] = useState(() => window.innerHeight);
  const [, redraw] = useState(0);

  if (shownKey.current !== scrollKey) {
    shownKey.current = scrollKey;
    top.current = 0;
  }
  const { first, last } = windowOf(top.current, height, rows.length);
  // Row elements are recycled: a row keeps its element while it stays in the window, the one
  // leaving at one edge is reused at the other, and a new search only rewrites cell text.
  // Counted for the screen, not the viewport, so that a resize does not rebuild every row.
  const slots = Math.ceil(Math.max(screen.height, height) / ROW_HEIGHT) + 2 * OVERSCAN + 1;
  const drawn = useRef({ first, last });
  drawn.current = { first, last };

  useLayoutEffect(() => {
    // Asking the scroller where it is would force a layout on every keystroke.
    if (scrolled.current === 0 || !scroller.current) return;
    scroller.current.scrollTop = 0;
    scrolled.current = 0;
  }, [scrollKey]);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const onScroll = (event: Event) => {
    scrolled.current = (event.currentTarget as HTMLDivElement).scrollTop;
    top.current = scrolled.current;
    const next = windowOf(top.current, height, rows.length);
    if (next.first !== drawn.current.first || next.last !== drawn.current.last) redraw((n) => n + 1);
  };

  return (
    <div class="scroller" ref={scroller} onScroll={onScroll}>
      <table class="cookie-table" aria-label={t('cookies')} aria-rowcount={rows.length + 1}>
        <colgroup>
          {COLUMNS.map(({ column }) => (
            <col key={column} class={`c-${column}`} />
          ))}
        </colgroup>
        <TableHead sort={sort} onSort={onSort} />
        <tbody>
          <Spacer key="above" rows={first} />
          {rows.slice(first, last).map((row, i) =>
            row.kind === 'group' ? (
              <GroupRow key={(first + i) % slots} site={row.site} count={row.count} rowIndex={first + i + 2} />
            ) : (
              <CookieRow key={(first + i) % slots} cookie={row.entry.cookie} rowIndex={first + i + 2} actions={actions} />
            ),
          )}
          <Spacer key="below" rows={rows.length - last} />
        </tbody>
      </table>
    </div>
  );
}
