// The local HTTPS site the browser tests and `npm start` run against. Every cookie it holds
// arrives through real Set-Cookie headers, so tests see what a browser does with them.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * @typedef {object} ZooCookie
 * @property {string} name
 * @property {string} value
 * @property {(now: Date) => string} attributes What follows `name=value` in the Set-Cookie header.
 * @property {string} row The popup row's accessible name for this cookie when /zoo is served by shop.example.test.
 */

/**
 * @typedef {object} Site
 * @property {number} port
 * @property {(host: string) => string} origin e.g. origin('shop.example.test') → 'https://shop.example.test:PORT'
 * @property {(host: string) => string} httpOrigin the same routes over plain HTTP on a port of their own,
 *   e.g. 'http://shop.example.test:HTTP_PORT': a page that must not receive Secure cookies
 * @property {(id: string) => string | undefined} received The Cookie header GET or POST /record?id=ID
 *   received (an empty string: none), undefined until that request came
 * @property {() => Promise<void>} close
 */

/**
 * How GET /context makes the browser request its `target`: a script-started top-level
 * navigation or form POST (from this page's site), an iframe, a credentialed fetch, an image.
 * @type {Readonly<Record<string, (target: string) => string>>}
 */
const CONTEXT_PAGES = Object.freeze({
  link: (target) => `<script>location.href = ${JSON.stringify(target)};</script>`,
  post: (target) => `<form method="post" action="${escapeHtml(target)}"><input name="x" value="1"></form><script>document.forms[0].submit();</script>`,
  iframe: (target) => `<iframe title="Embedded request" src="${escapeHtml(target)}"></iframe>`,
  fetch: (target) => `<script>fetch(${JSON.stringify(target)}, { credentials: 'include', mode: 'no-cors' });</script>`,
  img: (target) => `<img alt="" src="${escapeHtml(target)}">`,
});

export const HOSTS = Object.freeze({
  shop: 'shop.example.test',
  sub: 'sub.shop.example.test',
  top: 'top.test',
});

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * One cookie of every kind, all set by GET /zoo on shop.example.test. Values avoid the
 * letters of the names so a filter on a name matches only that cookie.
 * @type {readonly ZooCookie[]}
 */
export const ZOO = Object.freeze([
  { name: 'plain', value: 'host-only-session', attributes: () => 'Path=/', row: 'plain on shop.example.test/' },
  { name: 'parent', value: 'domain-of-the-site', attributes: () => 'Domain=example.test; Path=/', row: 'parent on .example.test/' },
  { name: 'shopwide', value: 'domain-of-the-host', attributes: () => 'Domain=shop.example.test; Path=/', row: 'shopwide on .shop.example.test/' },
  { name: 'acct', value: 'path-scoped', attributes: () => 'Path=/account', row: 'acct on shop.example.test/account' },
  { name: 'sec', value: 'secure-only', attributes: () => 'Secure; Path=/', row: 'sec on shop.example.test/' },
  { name: 'ho', value: 'http-only', attributes: () => 'HttpOnly; Path=/', row: 'ho on shop.example.test/' },
  { name: 'strict', value: 'same-site-strict', attributes: () => 'SameSite=Strict; Path=/', row: 'strict on shop.example.test/' },
  { name: 'lax', value: 'same-site-lax', attributes: () => 'SameSite=Lax; Path=/', row: 'lax on shop.example.test/' },
  { name: 'none', value: 'same-site-none', attributes: () => 'SameSite=None; Secure; Path=/', row: 'none on shop.example.test/' },
  { name: 'persist', value: 'max-age-one-day', attributes: () => 'Max-Age=86400; Path=/', row: 'persist on shop.example.test/' },
  {
    name: 'dated',
    value: 'expires-in-two-days',
    attributes: (/** @type {Date} */ now) => `Expires=${new Date(now.getTime() + 2 * DAY_MS).toUTCString()}; Path=/`,
    row: 'dated on shop.example.test/',
  },
  { name: '__Host-hostpfx', value: 'host-prefix', attributes: () => 'Secure; Path=/', row: '__Host-hostpfx on shop.example.test/' },
  {
    name: '__Secure-securepfx',
    value: 'secure-prefix',
    attributes: () => 'Secure; Domain=example.test; Path=/',
    row: '__Secure-securepfx on .example.test/',
  },
]);

/**
 * What GET /demo on shop.example.test sets for `npm start`: cookies a real shop might hold,
 * one of each kind, so the screenshot shows the popup as a user would see it.
 * @type {readonly {name: string, value: string, attributes: string}[]}
 */
export const DEMO = Object.freeze([
  { name: 'session_id', value: '8f2c41d7e95b', attributes: 'Secure; HttpOnly; SameSite=Lax; Path=/' },
  { name: 'theme', value: 'dark', attributes: 'Max-Age=31536000; Path=/' },
  { name: 'consent', value: 'analytics=no', attributes: 'Domain=example.test; Max-Age=15552000; SameSite=Lax; Path=/' },
  { name: 'cart', value: '3-items', attributes: 'SameSite=Strict; Path=/cart' },
  { name: '__Host-csrf', value: 'q7ZpL2xvW0', attributes: 'Secure; SameSite=Strict; Path=/' },
  { name: '__Secure-ref', value: 'newsletter', attributes: 'Secure; SameSite=None; Domain=example.test; Path=/' },
  { name: 'tz', value: 'Europe/Berlin', attributes: 'Path=/' },
  { name: 'auth', value: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwibmFtZSI6IkFkYSIsInJvbGUiOiJlZGl0b3IiLCJpYXQiOjE4OTM0NTYwMDAsImV4cCI6MTkyNDk5MjAwMH0.c2lnbmF0dXJlLW5vdC12ZXJpZmllZA', attributes: 'Secure; HttpOnly; SameSite=Lax; Max-Age=86400; Path=/' },
]);

/** The cookie GET /partitioned sets when nothing else is asked for. */
export const PARTITIONED = Object.freeze({ name: 'part', value: 'partitioned-chip' });

/**
 * What the inspector's routes set, in order, with what each line must come to. `/inspect/start`
 * redirects to `/inspect` on shop.example.test, which embeds `/inspect/frame` of top.test
 * (cross-site); `/inspect/http` is the same site over plain http. `INSPECT_BEFORE` is what the
 * jar must hold before, for the overwrite, unchanged, deletion and Secure-overwrite lines.
 * @type {Readonly<Record<'start' | 'page' | 'frame' | 'http', readonly string[]>>}
 */
export const INSPECT_LINES = Object.freeze({
  start: ['redir=1; Path=/'],
  page: [
    'good=1; Path=/',
    'over=new; Path=/',
    'same=v; Path=/',
    'gone=; Max-Age=0; Path=/',
    '__Host-bad=1; Secure; Path=/; Domain=shop.example.test',
    '__Secure-bad=1; Path=/',
    'mismatch=1; Domain=other.test; Path=/',
    'suffix=1; Domain=test; Path=/',
    'nonesec=1; SameSite=None; Path=/',
    'partins=1; Partitioned; Path=/',
    `big=${'x'.repeat(4094)}`,
    'tab=a\tb; Path=/',
  ],
  frame: ['third=1; Secure; SameSite=None; Path=/', 'chip=1; Secure; SameSite=None; Partitioned; Path=/'],
  http: ['insecure=1; Secure; Path=/', 'nonehttp=1; SameSite=None; Path=/', 'sid=http; Path=/'],
});

export const INSPECT_BEFORE = Object.freeze(['over=old; Path=/', 'same=v; Path=/', 'gone=x; Path=/', 'sid=1; Secure; Path=/']);

/** Cookie headers of 100 KB and more must reach the routes instead of a 431. */
const MAX_HEADER_BYTES = 1024 * 1024;

const SUBJECT_ALT_NAMES = [
  'DNS:example.test',
  'DNS:*.example.test',
  'DNS:*.shop.example.test',
  'DNS:top.test',
  'DNS:*.top.test',
  'DNS:localhost',
  'IP:127.0.0.1',
];

/**
 * A throwaway self-signed certificate: browsers are told to ignore certificate errors, but
 * a certificate naming the hosts keeps curl and manual visits honest too.
 * @param {string} dir
 * @returns {Promise<{key: Buffer, cert: Buffer}>}
 */
async function makeCertificate(dir) {
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  await promisify(execFile)('openssl', [
    'req', '-x509', '-nodes', '-days', '30',
    '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
    '-keyout', keyPath, '-out', certPath,
    '-subj', '/CN=Crumb test site',
    '-addext', `subjectAltName=${SUBJECT_ALT_NAMES.join(',')}`,
  ]);
  return { key: await readFile(keyPath), cert: await readFile(certPath) };
}

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * @param {string} title
 * @param {string} body HTML, already escaped
 */
function page(title, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
    `<body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} type
 * @param {string} body
 * @param {string[]} [setCookies]
 */
function send(res, status, type, body, setCookies = []) {
  res.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': 'no-store',
    ...(setCookies.length ? { 'Set-Cookie': setCookies } : {}),
  });
  res.end(body);
}

/**
 * @param {{port?: number}} [options] port 0 or absent: any free port
 * @returns {Promise<Site>}
 */
export async function startSite(options = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'crumb-site-'));
  const { key, cert } = await makeCertificate(dir);
  /** @type {number} */
  let port = 0;
  /** @param {string} host */
  const origin = (host) => `https://${host}:${port}`;

  /** @type {Map<string, string>} */
  const records = new Map();

  /** @type {import('node:http').RequestListener} */
  const handle = (req, res) => {
    const host = (req.headers.host ?? 'localhost').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', origin(host));
    const path = url.pathname;

    if (path === '/' || path === '/account/') {
      send(res, 200, 'text/html', page(`Crumb test site: ${host}${path}`, '<p>A page of the local test site.</p>'));
    } else if (path.endsWith('/echo.html')) {
      // For a top-level navigation: what the browser sent, in a page, the same bytes as /echo's JSON.
      send(res, 200, 'text/html', page('Echo', `<pre id="cookie">${escapeHtml(JSON.stringify({ cookie: req.headers.cookie ?? '' }))}</pre>`));
    } else if (path.endsWith('/echo')) {
      send(res, 200, 'application/json', JSON.stringify({ cookie: req.headers.cookie ?? '' }));
    } else if (path === '/record') {
      // The Cookie header as it arrived, for the test to read by id: whatever made the request
      // (a navigation, a frame, a no-cors fetch) need not be able to read the answer.
      records.set(url.searchParams.get('id') ?? '', req.headers.cookie ?? '');
      send(res, 200, 'text/html', page('Recorded', '<p>The Cookie header was recorded.</p>'));
    } else if (path === '/context') {
      const make = CONTEXT_PAGES[url.searchParams.get('kind') ?? ''];
      const target = url.searchParams.get('target') ?? '';
      if (make) send(res, 200, 'text/html', page(`Requests ${target}`, make(target)));
      else send(res, 400, 'text/plain', 'unknown kind');
    } else if (path === '/zoo') {
      const now = new Date();
      const list = ZOO.map((c) => `<li><code>${escapeHtml(c.name)}</code></li>`).join('');
      send(res, 200, 'text/html', page('Cookie zoo', `<p>This response set one cookie of every kind:</p><ul>${list}</ul>`),
        ZOO.map((c) => `${c.name}=${c.value}; ${c.attributes(now)}`));
    } else if (path === '/demo') {
      send(res, 200, 'text/html', page('Crumb demo shop', '<p>This page set a few cookies of every kind. Open Crumb from the toolbar to see them.</p>'),
        DEMO.map((c) => `${c.name}=${c.value}; ${c.attributes}`));
    } else if (path === '/partitioned') {
      const name = url.searchParams.get('name') ?? PARTITIONED.name;
      const value = url.searchParams.get('value') ?? PARTITIONED.value;
      send(res, 200, 'text/html', page('Partitioned cookie', `<p>Set <code>${escapeHtml(name)}</code>.</p>`),
        [`${name}=${value}; Secure; SameSite=None; Partitioned; Path=/`]);
    } else if (path === '/embed') {
      const src = url.searchParams.get('src') ?? `${origin(HOSTS.shop)}/partitioned`;
      send(res, 200, 'text/html', page(`Embedding page on ${host}`, `<iframe title="Embedded site" src="${escapeHtml(src)}"></iframe>`));
    } else if (path === '/inspect/start') {
      res.writeHead(302, { Location: '/inspect', 'Cache-Control': 'no-store', 'Set-Cookie': [...INSPECT_LINES.start] });
      res.end();
    } else if (path === '/inspect' && 'encrypted' in req.socket) {
      const frame = `${origin(HOSTS.top)}/inspect/frame`;
      send(res, 200, 'text/html', page('Inspector test page', `<iframe title="Cross-site frame" src="${escapeHtml(frame)}"></iframe>`),
        [...INSPECT_LINES.page]);
    } else if (path === '/inspect') {
      send(res, 200, 'text/html', page('Inspector test page over http', '<p>Plain http.</p>'), [...INSPECT_LINES.http]);
    } else if (path === '/inspect/frame') {
      send(res, 200, 'text/html', page('Cross-site frame', '<p>A frame of another site.</p>'), [...INSPECT_LINES.frame]);
    } else if (path === '/set') {
      // Each `c` parameter is one whole Set-Cookie line, for cookies the zoo does not have.
      const lines = url.searchParams.getAll('c');
      send(res, 200, 'text/html', page('Cookies set', `<p>${lines.length} Set-Cookie header(s) sent.</p>`), lines);
    } else if (path === '/script-set') {
      // Each `c` is assigned to document.cookie by the page's own script, `times` times (default
      // once), `every` ms apart, `{n}` standing for the round (1, 2…): a script, not a response,
      // writing the cookie, or one rewriting it in a loop.
      const lines = url.searchParams.getAll('c');
      const times = Number(url.searchParams.get('times') ?? '1');
      const every = Number(url.searchParams.get('every') ?? '0');
      const script = `const lines = ${JSON.stringify(lines).replace(/</g, '\\u003c')}; let round = 0;` +
        `const write = () => { round += 1; for (const line of lines) document.cookie = line.replaceAll('{n}', String(round));` +
        ` if (round < ${times}) setTimeout(write, ${every}); }; write();`;
      send(res, 200, 'text/html', page('Cookies set by a script', `<script>${script}</script>`));
    } else {
      send(res, 404, 'text/plain', 'not found');
    }
  };
  const server = createServer({ key, cert, maxHeaderSize: MAX_HEADER_BYTES }, handle);
  const httpServer = createHttpServer({ maxHeaderSize: MAX_HEADER_BYTES }, handle);

  port = await listen(server, options.port ?? 0);
  const httpPort = await listen(httpServer, 0);

  return {
    port,
    origin,
    httpOrigin: (host) => `http://${host}:${httpPort}`,
    received: (id) => records.get(id),
    async close() {
      for (const s of [server, httpServer]) {
        s.closeAllConnections();
        await new Promise((resolve) => s.close(() => resolve(undefined)));
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * @param {import('node:http').Server} server
 * @param {number} port 0: any free port
 * @returns {Promise<number>} the port it listens on
 */
async function listen(server, port) {
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the test site has no TCP address');
  return address.port;
}
