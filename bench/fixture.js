// The cookies the bench fills the browser with: deterministic, at Chrome's size limits, with
// the mix of attributes real sites have. Pure: no browser, no clock but the one passed in.

/**
 * What `chrome.cookies.set` takes, as plain data that can cross into the service worker.
 * @typedef {object} CookieSpec
 * @property {string} url
 * @property {string} name
 * @property {string} value
 * @property {string} [domain] Absent for host-only cookies.
 * @property {string} path
 * @property {boolean} secure
 * @property {boolean} httpOnly
 * @property {'no_restriction' | 'lax' | 'strict' | 'unspecified'} sameSite
 * @property {number} [expirationDate] Absent for session cookies.
 * @property {{topLevelSite: string}} [partitionKey]
 */

export const SITE_HOST = 'bench.example.test';
/** The popup lists the registrable domain's cookies, so the limit asks for the same. */
export const SITE_DOMAIN = 'example.test';
/**
 * A filter on this letter matches about half of the cookies: the names that contain it. No
 * value, domain or path contains it, so one keystroke really narrows the list.
 */
export const FILTER_KEY = 'q';

const MAX_NAME_VALUE_BYTES = 4096;
const MIN_NAME_VALUE_BYTES = 3072;
/** CHIPS allows an embedded site 10 KiB of cookies per partition: two big ones fit. */
const PARTITIONED_PER_SITE = 2;
const DAY = 24 * 60 * 60;

const NAMES_WITH_KEY = ['queue', 'quota', 'request', 'unique_id', 'sequence', 'q_session', 'squad', 'liquid'];
const NAMES_WITHOUT_KEY = ['session', 'consent', 'prefs', 'cart', 'token', 'ab_test', 'locale', 'tracking'];
const PATHS = ['/', '/', '/', '/app', '/account', '/api/v1'];
/** base64url without the filter letter in either case. */
const VALUE_ALPHABET = 'ABCDEFGHIJKLMNOPRSTUVWXYZabcdefghijklmnoprstuvwxyz0123456789-_';

/**
 * mulberry32: a small seeded generator, so every run and every machine gets the same cookies.
 * @param {number} seed
 * @returns {() => number} uniform in [0, 1)
 */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @template T
 * @param {() => number} next
 * @param {readonly T[]} items
 * @returns {T}
 */
function pick(next, items) {
  return /** @type {T} */ (items[Math.floor(next() * items.length)]);
}

/**
 * @param {() => number} next
 * @param {number} length
 */
function valueOf(next, length) {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = VALUE_ALPHABET.charCodeAt(Math.floor(next() * VALUE_ALPHABET.length));
  return Buffer.from(bytes).toString('latin1');
}

/**
 * @param {() => number} next
 * @param {{host: string, registrable: string, index: number, nowSeconds: number, partitionedBy?: string}} where
 * @returns {CookieSpec}
 */
function cookieOf(next, { host, registrable, index, nowSeconds, partitionedBy }) {
  const name = `${pick(next, index % 2 === 0 ? NAMES_WITH_KEY : NAMES_WITHOUT_KEY)}_${index}`;
  // A few at the exact limit: the worst case the browser accepts.
  const size = index % 15 === 0 ? MAX_NAME_VALUE_BYTES : MIN_NAME_VALUE_BYTES + Math.floor(next() * (MAX_NAME_VALUE_BYTES - MIN_NAME_VALUE_BYTES));
  const secure = partitionedBy !== undefined || next() < 0.7;
  const path = partitionedBy ? '/' : pick(next, PATHS);
  /** @type {CookieSpec} */
  const spec = {
    // Chrome refuses a cookie whose path the URL is not on.
    url: `https://${host}${path}`,
    name,
    value: valueOf(next, size - name.length),
    path,
    secure,
    httpOnly: next() < 0.4,
    sameSite: partitionedBy ? 'no_restriction' : secure ? pick(next, /** @type {const} */ (['no_restriction', 'lax', 'strict', 'unspecified'])) : pick(next, /** @type {const} */ (['lax', 'strict', 'unspecified'])),
  };
  const scope = next();
  if (scope < 0.3) spec.domain = registrable;
  else if (scope < 0.5) spec.domain = host;
  if (next() < 0.75) spec.expirationDate = Math.round(nowSeconds + (1 + Math.floor(next() * 390)) * DAY);
  if (partitionedBy) spec.partitionKey = { topLevelSite: partitionedBy };
  return spec;
}

/**
 * Splits `total` over `domains` with a long tail, as real browsing does: a few heavy sites,
 * many light ones, none above Chrome's 180 per domain.
 * @param {number} total
 * @param {number} domains
 * @returns {number[]}
 */
export function spread(total, domains) {
  const weights = Array.from({ length: domains }, (_, i) => 1 / Math.sqrt(i + 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((total * w) / sum));
  let left = total - counts.reduce((a, b) => a + b, 0);
  for (let i = counts.length - 1; left > 0; i = (i - 1 + counts.length) % counts.length, left--) counts[i] = (counts[i] ?? 0) + 1;
  if (counts.some((c) => c > 180)) throw new Error(`cannot spread ${total} cookies over ${domains} domains under 180 each`);
  return counts;
}

/**
 * @param {{siteCookies: number, totalCookies: number, otherDomains: number, nowSeconds: number}} counts
 * @returns {{site: CookieSpec[], others: CookieSpec[]}}
 */
export function makeCookies({ siteCookies, totalCookies, otherDomains, nowSeconds }) {
  const next = random(0xc0ffee);
  const site = Array.from({ length: siteCookies }, (_, index) =>
    cookieOf(next, {
      host: SITE_HOST,
      registrable: SITE_DOMAIN,
      index,
      nowSeconds,
      ...(index < PARTITIONED_PER_SITE ? { partitionedBy: 'https://top.test' } : {}),
    }),
  );
  /** @type {CookieSpec[]} */
  const others = [];
  spread(totalCookies - siteCookies, otherDomains).forEach((count, d) => {
    const registrable = `site${String(d + 1).padStart(3, '0')}.test`;
    for (let index = 0; index < count; index++) {
      others.push(cookieOf(next, { host: `www.${registrable}`, registrable, index, nowSeconds }));
    }
  });
  return { site, others };
}

/**
 * The cookies the import figure writes: `count` spread evenly over `sites` registrable domains
 * that hold nothing else, so no site passes the browser's 180 per site and nothing the import
 * writes is evicted by its own siblings. Same generator as the rest, on a seed of their own.
 * @param {{count: number, sites: number, nowSeconds: number}} how
 * @returns {{cookies: CookieSpec[], domains: string[]}} the cookies, and the registrable domains they are on
 */
export function makeImportCookies({ count, sites, nowSeconds }) {
  if (Math.ceil(count / sites) > 180) throw new Error(`cannot import ${count} cookies over ${sites} sites under 180 each`);
  const next = random(0x1badcafe);
  const domains = Array.from({ length: sites }, (_, d) => `import${String(d + 1).padStart(2, '0')}.test`);
  const cookies = Array.from({ length: count }, (_, index) => {
    const registrable = /** @type {string} */ (domains[index % sites]);
    return cookieOf(next, { host: `www.${registrable}`, registrable, index, nowSeconds });
  });
  return { cookies, domains };
}

/**
 * What the cookie data itself weighs: name, value, domain and path as UTF-8 bytes. The page's
 * heap is compared to this.
 * @param {readonly {name: string, value: string, domain?: string, url: string, path: string}[]} specs
 */
export function rawBytes(specs) {
  let bytes = 0;
  for (const spec of specs) {
    const domain = spec.domain ?? new URL(spec.url).hostname;
    bytes += Buffer.byteLength(spec.name) + Buffer.byteLength(spec.value) + Buffer.byteLength(domain) + Buffer.byteLength(spec.path);
  }
  return bytes;
}
