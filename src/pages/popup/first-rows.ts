import type { ListResult } from '../../core/protocol';
import { t, tCount } from '../shared/i18n';
import { rowsInView, windowPadding } from './list-window';
import { rowFacts } from './row-facts';

/** The rows painted before the App loaded, and a row button clicked meanwhile. */
export interface FirstRows {
  list: ListResult;
  /** Stops noting clicks and tells the key of the row last clicked, for the App to open it. */
  handOver(): string | null;
}

function element(tag: string, attributes: Record<string, string | number>, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}

/**
 * Paints the list as the App's first render shows it (CookieList, CookieRow): the same elements
 * in the same order, with the same roles, names and classes. The App then renders into the same
 * root and keeps these elements, so nothing flashes and focus stays where it was. The rows keep
 * the answer's order: the background lists them in the App's default order (list-sort.test.ts
 * holds the two together), so the entry need not carry the sorting code.
 */
export function paintFirstRows(root: HTMLElement, list: ListResult): FirstRows {
  const total = list.cookies.length;
  const view = rowsInView(0, total);
  const nowSeconds = Date.now() / 1000;
  const rows = list.cookies.slice(view[0], view[1]).map((entry, i) => {
    const row = rowFacts(entry, false, nowSeconds);
    const badges = row.badges.map((badge) =>
      element('span', badge.title ? { class: badge.class, title: badge.title } : { class: badge.class }, badge.text, ...(badge.code ? [element('span', { class: 'code' }, badge.code)] : [])),
    );
    return element(
      'li',
      { class: 'row', 'aria-posinset': view[0] + i + 1, 'aria-setsize': total },
      element(
        'button',
        { type: 'button', class: 'row-button', 'data-key': row.key, 'aria-describedby': row.detailsId, title: row.title },
        element('span', { class: 'name' }, row.name),
        ' ',
        element('span', { class: 'where' }, row.where),
      ),
      element('span', { class: 'value' }, row.value),
      element('span', { class: 'meta', id: row.detailsId }, element('span', { class: 'expiry' }, row.expiry), ...badges),
    );
  });
  const cookies = element('ul', { class: 'cookies', 'aria-label': t('cookies') }, ...rows);
  Object.assign(cookies.style, windowPadding(view, total));
  const count = element('p', { class: 'count' }, tCount('countAll', total));
  const section = element('section', { class: 'list-section' }, count, ...(total === 0 ? [element('p', { class: 'empty' }, t('noCookies'))] : []), cookies);
  const main = element('main', { class: 'popup' }, section);
  // A click on a row before the App has loaded is not lost: the App opens that cookie.
  let clicked: string | null = null;
  const note = (event: Event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('.row-button') : null;
    if (button) clicked = button.dataset.key ?? null;
  };
  main.addEventListener('click', note);
  root.append(main);
  return {
    list,
    handOver() {
      main.removeEventListener('click', note);
      return clicked;
    },
  };
}
