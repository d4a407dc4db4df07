// "The limit": the least an extension page can do to show a site's first cookie. No framework,
// one cookies.getAll, one plain <li>. Crumb's pages are measured against this page.
// With `?each`, as the toolbar popup's limit, it shows every cookie: a popup people click
// lists them all, and the blank popup pays for that too. Each row is the cookie's name alone:
// values of up to 4 KB wrapped in full would make the limit's first frame the slowest of all
// (a toolbar popup sizes itself to its content), where any list, Crumb's too, shows one line.
const started = performance.now();
const query = new URLSearchParams(location.search);
const domain = query.get('domain');
const cookies = await chrome.cookies.getAll(domain ? { domain, partitionKey: {} } : { partitionKey: {} });
const fetched = performance.now();
const shown = query.has('each') ? cookies : cookies.slice(0, 1);
if (shown.length) {
  const rows = document.createDocumentFragment();
  for (const cookie of shown) {
    const row = document.createElement('li');
    row.textContent = query.has('each') ? cookie.name : `${cookie.name}=${cookie.value}`;
    rows.append(row);
  }
  // One insertion: the first row and the last enter the DOM together.
  document.querySelector('ul')?.append(rows);
}
const stamps = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window));
// Holding on to the cookies makes this page's heap comparable with a page that shows them.
stamps.crumbBenchHeld = cookies;
const record = /** @type {import('../stamps.js').Stamps | undefined} */ (stamps.crumbBenchStamps);
if (record) record.blank = { started, fetched, rendered: performance.now(), count: cookies.length };

// A module script: its top-level await runs like the popup's own module scripts.
export {};
