import type { ListedCookie } from '../../core/protocol';
import { rowFacts } from './row-facts';

/**
 * The same elements as first-rows.ts paints before this code has loaded: the App's first render
 * keeps those rows (and the focus in them) instead of building new ones.
 */
export function CookieRow({
  entry,
  place,
  changed,
  nowSeconds,
  onOpen,
}: {
  entry: ListedCookie;
  /** Its position in the whole list, and the list's length: only some rows are in the page. */
  place: [position: number, size: number];
  changed: boolean;
  nowSeconds: number;
  onOpen: (entry: ListedCookie) => void;
}) {
  const row = rowFacts(entry, changed, nowSeconds);
  // The button's name is what it shows ("name on domain/path"), so voice control can say it;
  // the value and the details are its description, beside it in the row.
  return (
    <li class={changed ? 'row row-changed' : 'row'} aria-posinset={place[0]} aria-setsize={place[1]}>
      <button type="button" class="row-button" data-key={row.key} aria-describedby={row.detailsId} title={row.title} onClick={() => onOpen(entry)}>
        <span class="name">{row.name}</span> <span class="where">{row.where}</span>
      </button>
      <span class="value">{row.value}</span>
      <span class="meta" id={row.detailsId}>
        <span class="expiry">{row.expiry}</span>
        {row.badges.map((badge) => (
          <span key={badge.class + badge.text} class={badge.class} title={badge.title}>
            {badge.text}
            {badge.code && <span class="code">{badge.code}</span>}
          </span>
        ))}
      </span>
    </li>
  );
}
