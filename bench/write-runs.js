// The write figures: Crumb deleting a site's cookies and importing 1,000 (one message each,
// journaled by its background) against the least an extension page can do, a sequential
// cookies.remove or cookies.set loop over the same cookies. Both run in one page of the bench's
// copy of Crumb (the blank page, asking for no cookie), so the background accepts the messages
// and both pay the same page and the same cookies.onChanged listeners. Times are the page's own:
// from the send to the parsed answer, from before the loop to after it.
import { ACTION_TIMEOUT_MS } from './driver.js';
import { BLANK_PAGE } from './extension-copy.js';
import { blame } from './runs.js';
import { answerError, crumbCookieOf } from './writes.js';

/** @typedef {import('./driver.js').BenchBrowser} BenchBrowser */
/** @typedef {import('./driver.js').BenchPage} BenchPage */
/** @typedef {import('./fixture.js').CookieSpec} CookieSpec */
/** @typedef {import('./report.js').Metric} Metric */
/** @typedef {import('./writes.js').AnswerSummary} AnswerSummary */

/** Cookies per evaluate call when handing them to the page, as the fill does, so no call carries megabytes. */
const BATCH = 150;

/**
 * @typedef {object} Trial what one timed delete or import did, as the page saw it
 * @property {number} ms
 * @property {number} refused cookies the raw loop's browser calls refused
 * @property {AnswerSummary | null} answer Crumb's; null for the raw loop
 * @property {number} held cookies of the domains afterwards
 */

/**
 * @param {BenchBrowser} browser
 * @param {{
 *   runs: number,
 *   site: {domain: string, cookies: readonly CookieSpec[]},
 *   imports: {domains: readonly string[], cookies: readonly CookieSpec[]},
 *   room: readonly CookieSpec[],
 *   deleteAll: Metric,
 *   importAll: Metric,
 * }} what `room`: cookies removed before the import figure, so each import brings the
 *   browser back to as many cookies as the page figures had (no eviction at Chrome's limit)
 */
export async function writeRuns(browser, { runs, site, imports, room, deleteAll, importAll }) {
  /** @type {BenchPage} */
  let page;
  try {
    page = await browser.openPage(`${browser.origin}/${BLANK_PAGE}?domain=none.invalid`);
    await page.waitFor(() => document.readyState === 'complete', null, ACTION_TIMEOUT_MS);
  } catch (error) {
    blame(error, [deleteAll, importAll]);
    return;
  }
  try {
    await page.evaluate(installInPage, null);
    const storeId = /** @type {string} */ (await call(page, 'defaultStore', null));
    await stash(page, 'site', site.cookies);
    await stash(page, 'importSpecs', imports.cookies);
    await stash(page, 'importCookies', imports.cookies.map((spec) => crumbCookieOf(spec, storeId)));
    await stash(page, 'room', room);

    const n = site.cookies.length;
    await alternate(runs, deleteAll, {
      crumb: async (id) => /** @type {Trial} */ (await call(page, 'deleteAll', { domain: site.domain, id, crumb: true })),
      raw: async () => /** @type {Trial} */ (await call(page, 'deleteAll', { domain: site.domain, id: '', crumb: false })),
      expected: n,
      after: { held: 0, what: `cookies of ${site.domain} left` },
      reset: async () => {
        const held = await call(page, 'set', { key: 'site', domains: [site.domain] });
        if (held !== n) throw new Error(`planting the site's cookies again left ${held} of ${n}`);
      },
    });

    const before = /** @type {number} */ (await call(page, 'count', []));
    const left = await call(page, 'remove', { key: 'room', domains: [] });
    if (left !== before - room.length) throw new Error(`making room for the import left ${left} cookies, expected ${before - room.length}`);
    const k = imports.cookies.length;
    await alternate(runs, importAll, {
      crumb: async (id) => /** @type {Trial} */ (await call(page, 'importAll', { domains: imports.domains, id, crumb: true })),
      raw: async () => /** @type {Trial} */ (await call(page, 'importAll', { domains: imports.domains, id: '', crumb: false })),
      expected: k,
      after: { held: k, what: `cookies on the ${imports.domains.length} import sites` },
      reset: async () => {
        const held = await call(page, 'remove', { key: 'importSpecs', domains: imports.domains });
        if (held !== 0) throw new Error(`clearing the imported cookies left ${held}`);
      },
    });
  } catch (error) {
    blame(error, [deleteAll, importAll].filter((metric) => metric.crumb.length < runs || metric.limit.length < runs));
  } finally {
    await page.close();
  }
}

/**
 * A warm-up pair and `runs` measured pairs of Crumb and the raw loop, alternating which goes
 * first, each checked and followed by `reset`. A failed check costs this figure only.
 * @param {number} runs
 * @param {Metric} metric
 * @param {{
 *   crumb: (id: string) => Promise<Trial>,
 *   raw: () => Promise<Trial>,
 *   expected: number,
 *   after: {held: number, what: string},
 *   reset: () => Promise<void>,
 * }} how
 */
async function alternate(runs, metric, { crumb, raw, expected, after, reset }) {
  try {
    for (let run = 0; run <= runs; run++) {
      /** @type {[number[], () => Promise<Trial>][]} */
      const pair = [
        // One journal entry per trial: an id used again would replace its entry.
        [metric.crumb, () => crumb(`bench-${metric.id}-${run}`)],
        [metric.limit, raw],
      ];
      for (const [into, trial] of run % 2 ? pair.reverse() : pair) {
        const result = await trial();
        const wrong = result.answer ? answerError(result.answer, expected) : result.refused ? `the browser refused ${result.refused} of ${expected} cookies` : null;
        if (wrong) throw new Error(wrong);
        if (result.held !== after.held) throw new Error(`${result.held} ${after.what} afterwards, expected ${after.held}`);
        if (run > 0) into.push(result.ms);
        await reset();
      }
    }
  } catch (error) {
    blame(error, [metric]);
  }
}

/**
 * @param {BenchPage} page
 * @param {string} key
 * @param {readonly unknown[]} items
 */
async function stash(page, key, items) {
  for (let i = 0; i < items.length; i += BATCH) {
    await call(page, 'stash', { key, items: items.slice(i, i + BATCH), first: i === 0 });
  }
}

/**
 * Calls one of the helpers `installInPage` left in the page.
 * @param {BenchPage} page
 * @param {'stash' | 'defaultStore' | 'count' | 'set' | 'remove' | 'deleteAll' | 'importAll'} name
 * @param {unknown} arg
 * @returns {Promise<unknown>}
 */
function call(page, name, arg) {
  return page.evaluate(
    ([helper, value]) => {
      const helpers = /** @type {{crumbBenchWrites: Record<string, (arg: unknown) => unknown>}} */ (/** @type {unknown} */ (globalThis)).crumbBenchWrites;
      return /** @type {(arg: unknown) => unknown} */ (helpers[helper])(value);
    },
    /** @type {[string, unknown]} */ ([name, arg]),
  );
}

/**
 * Runs in the page: leaves the helpers the write figures call there, as closures, since a
 * function handed to evaluate cannot name anything outside itself. `browser` is Firefox's
 * promise-based namespace; Chrome's `chrome` has the same shape where these use it.
 */
function installInPage() {
  const api = /** @type {{browser?: typeof chrome}} */ (/** @type {unknown} */ (globalThis)).browser ?? chrome;
  /** @type {Record<string, unknown[]>} */
  const stashed = {};
  const specs = (/** @type {string} */ key) => /** @type {CookieSpec[]} */ (stashed[key] ?? []);

  /** @param {string[]} domains every cookie in the browser when empty */
  const count = async (domains) => {
    if (!domains.length) return (await api.cookies.getAll({ partitionKey: {} })).length;
    const lists = await Promise.all(domains.map((domain) => api.cookies.getAll({ domain, partitionKey: {} })));
    return lists.reduce((sum, list) => sum + list.length, 0);
  };

  /**
   * @param {unknown} reply what runtime.sendMessage resolved to: Crumb's answer, a JSON string in Firefox
   * @returns {AnswerSummary}
   */
  const summary = (reply) => {
    const answer = typeof reply === 'string' ? JSON.parse(reply) : reply;
    if (!answer?.ok) return { ok: false, error: answer ? `${answer.error.code}: ${answer.error.message}` : 'no answer' };
    const { done, failed, op } = answer.result;
    return { ok: true, done: done.length, failed: failed.length, firstFailure: failed[0]?.message ?? null, evicted: op.evicted.length };
  };

  const helpers = {
    /** @param {{key: string, items: unknown[], first: boolean}} arg */
    stash: async ({ key, items, first }) => {
      stashed[key] = [...(first ? [] : (stashed[key] ?? [])), ...items];
    },

    defaultStore: async () => {
      const [store] = await api.cookies.getAllCookieStores();
      if (!store) throw new Error('the browser has no cookie store');
      return store.id;
    },

    count,

    /**
     * Sets stashed cookies (all at once: this is not timed), and counts what the domains then hold.
     * @param {{key: string, domains: string[]}} arg
     */
    set: async ({ key, domains }) => {
      await Promise.all(specs(key).map((spec) => api.cookies.set(spec)));
      return count(domains);
    },

    /**
     * Removes stashed cookies (all at once: this is not timed), and counts what is left on the
     * domains (in the whole browser when there are none).
     * @param {{key: string, domains: string[]}} arg
     */
    remove: async ({ key, domains }) => {
      await Promise.all(specs(key).map(({ url, name, partitionKey }) => api.cookies.remove(partitionKey ? { url, name, partitionKey } : { url, name })));
      return count(domains);
    },

    /**
     * Deletes every cookie of the domain, in every partition: through Crumb, one `delete`
     * message with their identities as the popup holds them, or one `cookies.remove` after the other.
     * @param {{domain: string, id: string, crumb: boolean}} arg
     * @returns {Promise<Trial>}
     */
    deleteAll: async ({ domain, id, crumb }) => {
      const found = await api.cookies.getAll({ domain, partitionKey: {} });
      let refused = 0;
      /** @type {AnswerSummary | null} */
      let answer = null;
      let ms;
      if (crumb) {
        const cookies = found.map(({ name, domain: at, path, storeId, partitionKey }) => ({ name, domain: at, path, storeId, ...(partitionKey ? { partitionKey } : {}) }));
        const start = performance.now();
        answer = summary(await api.runtime.sendMessage({ type: 'delete', id, cookies }));
        ms = performance.now() - start;
      } else {
        const start = performance.now();
        for (const { name, domain: at, path, storeId, partitionKey } of found) {
          const url = `https://${at.replace(/^\./, '')}${path}`;
          const removed = await api.cookies.remove(partitionKey ? { url, name, storeId, partitionKey: { topLevelSite: partitionKey.topLevelSite } } : { url, name, storeId });
          if (!removed) refused++;
        }
        ms = performance.now() - start;
      }
      return { ms, refused, answer, held: await count([domain]) };
    },

    /**
     * Writes the stashed import cookies: through Crumb, one `import` message, or one
     * `cookies.set` after the other.
     * @param {{domains: string[], id: string, crumb: boolean}} arg
     * @returns {Promise<Trial>}
     */
    importAll: async ({ domains, id, crumb }) => {
      let refused = 0;
      /** @type {AnswerSummary | null} */
      let answer = null;
      let ms;
      if (crumb) {
        const cookies = stashed.importCookies;
        const start = performance.now();
        answer = summary(await api.runtime.sendMessage({ type: 'import', id, cookies }));
        ms = performance.now() - start;
      } else {
        const start = performance.now();
        for (const spec of specs('importSpecs')) {
          const written = await api.cookies.set(spec).catch(() => null);
          if (!written) refused++;
        }
        ms = performance.now() - start;
      }
      return { ms, refused, answer, held: await count(domains) };
    },
  };
  /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (globalThis)).crumbBenchWrites = helpers;
}
