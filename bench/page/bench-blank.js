// "The limit": the least an extension page can do to show a site's first cookie. No framework,
// one cookies.getAll, one plain <li>. Crumb's pages are measured against this page.
const started = performance.now();
const domain = new URLSearchParams(location.search).get('domain');
const cookies = await chrome.cookies.getAll(domain ? { domain, partitionKey: {} } : { partitionKey: {} });
const fetched = performance.now();
const first = cookies[0];
if (first) {
  const row = document.createElement('li');
  row.textContent = `${first.name}=${first.value}`;
  document.querySelector('ul')?.append(row);
}
const stamps = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window));
// Holding on to the cookies makes this page's heap comparable with a page that shows them.
stamps.crumbBenchHeld = cookies;
const record = /** @type {import('../stamps.js').Stamps | undefined} */ (stamps.crumbBenchStamps);
if (record) record.blank = { started, fetched, rendered: performance.now(), count: cookies.length };

// A module script: its top-level await runs like the popup's own module scripts.
export {};
