import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { identityKey } from '../../core/cookie';
import type { ListedCookie } from '../../core/protocol';
import { t, tCount } from '../shared/i18n';
import { CookieRow } from './CookieRow';
import { ROW_HEIGHT, rowsInView, windowPadding } from './list-window';

/**
 * Up and down arrows move focus between the rows' buttons; Enter opens, as a button does. A
 * row focused at the edge of the rows in the page scrolls into view, which brings the next ones.
 */
function moveBetweenRows(event: KeyboardEvent): void {
  const here = event.target instanceof HTMLElement ? event.target.closest('li') : null;
  if (!here) return;
  const next = event.key === 'ArrowDown' ? here.nextElementSibling : event.key === 'ArrowUp' ? here.previousElementSibling : undefined;
  if (next === undefined) return;
  // Scrolling the page instead would leave focus behind.
  event.preventDefault();
  next?.querySelector('button')?.focus();
}

/**
 * Only the rows in view are in the page: 180 rows of badges would cost a first paint and a
 * megabyte of memory. Padding keeps the list as tall as all of them, and each row tells its
 * place in the whole list, so assistive technology still counts every cookie.
 */
export function CookieList({
  entries,
  total,
  changed,
  reveal,
  onOpen,
}: {
  entries: ListedCookie[];
  total: number;
  /** Identity keys of cookies that changed while the popup was open. */
  changed: ReadonlySet<string>;
  /** The identity key of a row that must be in the page at once, to take focus back. */
  reveal: string | null;
  onOpen: (entry: ListedCookie) => void;
}) {
  // Taken when the list changes, not on every render: a render for something else (the stores
  // arriving) then leaves the rows' "expires in" texts as they were.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- entries is when to take the time, not an input to it.
  const nowSeconds = useMemo(() => Date.now() / 1000, [entries]);
  const list = useRef<HTMLUListElement>(null);
  // The row to reveal is placed in the middle of the viewport when the list comes back.
  const revealAt = useRef(reveal === null ? -1 : entries.findIndex((entry) => identityKey(entry.cookie) === reveal));
  const [view, setView] = useState(() => rowsInView(revealAt.current > 0 ? -revealAt.current * ROW_HEIGHT : 0, entries.length));
  useEffect(() => {
    const follow = () => {
      // A scroll or resize can still arrive once the list has left the page: nothing to follow then.
      if (!list.current) return;
      const next = rowsInView(list.current.getBoundingClientRect().top, entries.length);
      setView((shown) => (shown[0] === next[0] && shown[1] === next[1] ? shown : next));
    };
    if (revealAt.current > 0) scrollBy(0, list.current!.getBoundingClientRect().top + revealAt.current * ROW_HEIGHT - innerHeight / 2);
    revealAt.current = -1;
    follow();
    addEventListener('scroll', follow, { passive: true });
    addEventListener('resize', follow);
    return () => {
      removeEventListener('scroll', follow);
      removeEventListener('resize', follow);
    };
  }, [entries.length]);
  const [first, last] = view;
  return (
    <section class="list-section">
      <p class="count">{entries.length === total ? tCount('countAll', total) : tCount('countFiltered', total, entries.length)}</p>
      {total === 0 && <p class="empty">{t('noCookies')}</p>}
      <ul
        class="cookies"
        ref={list}
        onKeyDown={moveBetweenRows}
        aria-label={t('cookies')}
        style={windowPadding(view, entries.length)}
      >
        {entries.slice(first, last).map((entry, i) => (
          <CookieRow
            key={identityKey(entry.cookie)}
            entry={entry}
            place={[first + i + 1, entries.length]}
            changed={changed.has(identityKey(entry.cookie))}
            nowSeconds={nowSeconds}
            onOpen={onOpen}
          />
        ))}
      </ul>
    </section>
  );
}
