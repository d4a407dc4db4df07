// The rules figures. What Crumb's background spends per cookie change deciding whether one of
// 100 rules applies (issue 15: at most 1 ms): the rules go in through Crumb's own "Import rules"
// request; then the page sets and removes cookies with the plain cookies API, and the figure is
// read back from the background, which times its handler around each change it is told of.
// And how soon a protected cookie another writes over is back (issue 15: within 500 ms), timed
// in the page from the browser's report of the overwrite to its report of the restore.
import { ACTION_TIMEOUT_MS, POLL_MS } from './driver.js';
import { BLANK_PAGE } from './extension-copy.js';
import { blame } from './runs.js';

/** @typedef {import('./driver.js').BenchBrowser} BenchBrowser */
/** @typedef {import('./report.js').Metric} Metric */

export const RULE_COUNT = 100;
/** Where the restore runs set their cookies: no other figure's cookies live there. */
export const RESTORE_DOMAIN = 'restore.rules.test';
/** Cookies rewritten per run (fewer in --quick, where the site holds 60): two changes each, the overwrite's removal and the insertion. */
const REWRITES_PER_RUN = 100;

/**
 * 100 rules that never fire on the cookies the runs write (a rule that fired would add writes
 * of its own to the figure), but make every change do the most work a rule set can ask for:
 * 50 protected cookies looked up by identity, 40 block rules by exact name, and 10 wildcard
 * names tested on each name, one of which matches every name written, so the site of every
 * change is worked out too.
 * @param {string} domain the domain the runs write to
 * @returns {string} a rules file, as "Export rules" writes it
 */
export function benchRules(domain) {
  const protect = Array.from({ length: 50 }, (_, i) => ({
    id: `p${i}`,
    cookie: { name: `kept${i}`, value: 'v', domain: `host${i}.rules.test`, hostOnly: true, path: '/', secure: true, httpOnly: false, sameSite: 'lax', session: true, storeId: '0' },
  }));
  const exact = Array.from({ length: 40 }, (_, i) => ({ id: `b${i}`, name: `blocked${i}`, site: domain, storeId: null, blocked: 0 }));
  const wild = Array.from({ length: 9 }, (_, i) => ({ id: `w${i}`, name: `trk${i}_*`, site: null, storeId: null, blocked: 0 }));
  const everyName = { id: 'w-all', name: '*', site: 'elsewhere.test', storeId: null, blocked: 0 };
  return JSON.stringify({ format: 'crumb-rules', version: 1, protect, block: [...exact, ...wild, everyName], profiles: [] });
}

/**
 * @param {BenchBrowser} browser
 * @param {{runs: number, domain: string, metric: Metric}} what
 */
export async function ruleCostRuns(browser, { runs, domain, metric }) {
  /** @type {import('./driver.js').BenchPage | undefined} */
  let page;
  try {
    page = await browser.openPage(`${browser.origin}/${BLANK_PAGE}?domain=none.invalid`);
    await page.waitFor(() => document.readyState === 'complete', null, ACTION_TIMEOUT_MS);
    const imported = await page.evaluate(askInPage, { type: 'importRules', text: benchRules(domain) });
    const stored = /** @type {{protect: number, block: number}} */ (imported);
    if (stored.protect + stored.block !== RULE_COUNT) throw new Error(`Crumb stored ${stored.protect + stored.block} of ${RULE_COUNT} rules`);
    // A warm-up run, then the measured ones.
    for (let run = 0; run <= runs; run++) {
      const before = /** @type {{events: number, totalMs: number}} */ (await page.evaluate(askInPage, { type: 'ruleCost' }));
      const rewritten = await page.evaluate(rewriteInPage, { domain, count: REWRITES_PER_RUN });
      if (rewritten === 0) throw new Error(`no cookie of ${domain} could be rewritten`);
      const expected = before.events + 2 * rewritten;
      // The background hears of the changes after the page's calls return: wait until it has all of them.
      const deadline = Date.now() + ACTION_TIMEOUT_MS;
      let after = /** @type {{events: number, totalMs: number}} */ (await page.evaluate(askInPage, { type: 'ruleCost' }));
      while (after.events < expected && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        after = /** @type {{events: number, totalMs: number}} */ (await page.evaluate(askInPage, { type: 'ruleCost' }));
      }
      if (after.events !== expected) throw new Error(`the background was told of ${after.events - before.events} changes, expected ${2 * rewritten}`);
      if (run > 0) metric.crumb.push((after.totalMs - before.totalMs) / (after.events - before.events));
    }
  } catch (error) {
    blame(error, [metric]);
  } finally {
    await page?.close();
  }
}

/**
 * Runs in the page: Crumb's answer to a request, through the protocol its own pages use.
 * @param {{type: string, text?: string}} message
 */
async function askInPage(message) {
  const api = /** @type {{browser?: typeof chrome}} */ (/** @type {unknown} */ (globalThis)).browser ?? chrome;
  const reply = await api.runtime.sendMessage(message);
  const answer = typeof reply === 'string' ? JSON.parse(reply) : reply;
  if (!answer?.ok) throw new Error(`Crumb answered ${JSON.stringify(answer?.error)}`);
  return answer.result;
}

/**
 * Runs in the page: gives `count` unpartitioned cookies of the domain a new value, every other
 * attribute kept, with the plain API; answers how many it rewrote.
 * @param {{domain: string, count: number}} arg
 */
async function rewriteInPage({ domain, count }) {
  const api = /** @type {{browser?: typeof chrome}} */ (/** @type {unknown} */ (globalThis)).browser ?? chrome;
  const cookies = (await api.cookies.getAll({ domain })).filter((c) => !c.partitionKey).slice(0, count);
  let rewritten = 0;
  for (const c of cookies) {
    const host = c.domain.replace(/^\./, '');
    /** @type {chrome.cookies.SetDetails} */
    const details = { url: `https://${host}${c.path}`, name: c.name, value: `${c.value.startsWith('x') ? 'y' : 'x'}${c.value.slice(1)}`, path: c.path, secure: c.secure, httpOnly: c.httpOnly, sameSite: c.sameSite, storeId: c.storeId };
    if (!c.hostOnly) details.domain = c.domain;
    if (!c.session && c.expirationDate !== undefined) details.expirationDate = c.expirationDate;
    if (await api.cookies.set(details)) rewritten++;
  }
  return rewritten;
}

/**
 * @param {BenchBrowser} browser
 * @param {{runs: number, domain: string, metric: Metric}} what
 */
export async function restoreRuns(browser, { runs, domain, metric }) {
  /** @type {import('./driver.js').BenchPage | undefined} */
  let page;
  try {
    page = await browser.openPage(`${browser.origin}/${BLANK_PAGE}?domain=none.invalid`);
    await page.waitFor(() => document.readyState === 'complete', null, ACTION_TIMEOUT_MS);
    // A cookie of its own per run: Crumb stops restoring a cookie rewritten more than 5 times in 10 s.
    for (let run = 0; run <= runs; run++) {
      const delay = /** @type {number} */ (await page.evaluate(restoreInPage, { domain, name: `crumb_bench_kept${run}`, timeoutMs: ACTION_TIMEOUT_MS }));
      if (run > 0) metric.crumb.push(delay);
    }
  } catch (error) {
    blame(error, [metric]);
  } finally {
    await page?.close();
  }
}

/**
 * Runs in the page: sets a cookie, has Crumb protect it, writes another value over it with the
 * plain API and answers the ms from the browser's report of that write to the report of the
 * protected value back; then unprotects and removes the cookie.
 * @param {{domain: string, name: string, timeoutMs: number}} arg
 */
async function restoreInPage({ domain, name, timeoutMs }) {
  const api = /** @type {{browser?: typeof chrome}} */ (/** @type {unknown} */ (globalThis)).browser ?? chrome;
  // askInPage's steps, inline: the page receives this function's source alone.
  /** @param {object} message */
  const ask = async (message) => {
    const reply = await api.runtime.sendMessage(message);
    const answer = typeof reply === 'string' ? JSON.parse(reply) : reply;
    if (!answer?.ok) throw new Error(`Crumb answered ${JSON.stringify(answer?.error)}`);
    return answer.result;
  };
  const url = `https://${domain}/`;
  const kept = await api.cookies.set({ url, name, value: 'kept', path: '/', secure: true, sameSite: 'lax' });
  if (!kept) throw new Error(`the browser refused the cookie ${name}`);
  const identity = { name, domain: kept.domain, path: kept.path, storeId: kept.storeId };
  await ask({ type: 'protect', cookie: identity, on: true });
  try {
    /** @type {number | null} */
    let overwritten = null;
    const restored = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name} was not restored within ${timeoutMs} ms`)), timeoutMs);
      /** @param {chrome.cookies.CookieChangeInfo} info */
      const listener = (info) => {
        if (info.cookie.name !== name || info.removed) return;
        if (info.cookie.value === 'intruder') overwritten = performance.now();
        else if (info.cookie.value === 'kept' && overwritten !== null) {
          clearTimeout(timer);
          api.cookies.onChanged.removeListener(listener);
          resolve(performance.now() - overwritten);
        }
      };
      api.cookies.onChanged.addListener(listener);
    });
    await api.cookies.set({ url, name, value: 'intruder', path: '/', secure: true, sameSite: 'lax' });
    return await restored;
  } finally {
    await ask({ type: 'protect', cookie: identity, on: false });
    await api.cookies.remove({ url, name, storeId: kept.storeId });
  }
}
