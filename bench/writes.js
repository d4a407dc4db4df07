// The pure part of the write figures (write-runs.js): the cookies Crumb's `import` message
// carries, and the check that an answer did all it was asked to, so a fast answer that did
// less is never counted as fast.

/** @typedef {import('./fixture.js').CookieSpec} CookieSpec */

/**
 * A cookie as Crumb's protocol carries it (src/core/cookie.ts `Cookie`), from what the bench
 * gives `cookies.set`.
 * @param {CookieSpec} spec
 * @param {string} storeId
 */
export function crumbCookieOf(spec, storeId) {
  const host = new URL(spec.url).hostname;
  /** @type {Record<string, unknown>} */
  const cookie = {
    name: spec.name,
    value: spec.value,
    // The browsers report a domain cookie with its leading dot, and Crumb matches what it wrote
    // by that exact identity when it reads the jar back.
    domain: spec.domain === undefined ? host : `.${spec.domain}`,
    hostOnly: spec.domain === undefined,
    path: spec.path,
    secure: spec.secure,
    httpOnly: spec.httpOnly,
    sameSite: spec.sameSite,
    session: spec.expirationDate === undefined,
    storeId,
  };
  if (spec.expirationDate !== undefined) cookie.expirationDate = spec.expirationDate;
  if (spec.partitionKey) cookie.partitionKey = { ...spec.partitionKey };
  return cookie;
}

/**
 * Crumb's answer to a `delete` or `import`, cut down in the page to what the check needs (the
 * whole answer holds every cookie, value included).
 * @typedef {{ok: true, done: number, failed: number, firstFailure: string | null, evicted: number}
 *   | {ok: false, error: string}} AnswerSummary
 */

/**
 * Why the answer does not show all `expected` cookies done, or null when it does.
 * @param {AnswerSummary} answer
 * @param {number} expected
 * @returns {string | null}
 */
export function answerError(answer, expected) {
  if (!answer.ok) return `Crumb answered ${answer.error}`;
  if (answer.failed > 0) return `Crumb failed ${answer.failed} of ${expected} cookies, e.g. ${answer.firstFailure}`;
  if (answer.done !== expected) return `Crumb did ${answer.done} of ${expected} cookies`;
  if (answer.evicted > 0) return `the browser evicted ${answer.evicted} cookies during Crumb's operation`;
  return null;
}
