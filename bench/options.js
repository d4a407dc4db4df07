// Command-line options of `npm run bench`, and the cookie counts each mode fills the browser with.

/**
 * @typedef {object} Options
 * @property {boolean} quick CI mode: fewer runs and cookies, budgets reported but not enforced.
 * @property {boolean} build Build the extension for the measured browsers first.
 * @property {string | null} dist Measure this unpacked build instead of dist/chrome or dist/firefox
 *   (implies no build; one browser only).
 * @property {BenchedBrowser[]} browsers The browsers to measure, one after the other.
 * @property {number} runs Measured runs per figure (a warm-up run comes on top).
 * @property {number} siteCookies Cookies of the measured site, bench.example.test.
 * @property {number} totalCookies Cookies in the whole browser, the site's included.
 * @property {number} otherDomains Registrable domains holding the other cookies.
 * @property {number} importCookies Cookies the import figure writes, in one import.
 * @property {number} importSites Registrable domains they are spread over, evenly.
 */

/** @typedef {'chromium' | 'firefox'} BenchedBrowser */

/**
 * Chrome's own limits: 180 cookies per domain, 3,300 in all (more triggers eviction). Firefox
 * keeps as many at its defaults (see README.md, "Firefox").
 */
const FULL = { runs: 7, siteCookies: 180, totalCookies: 3300, otherDomains: 199, importCookies: 1000, importSites: 10 };
/** Same code path, scaled down so CI finishes well inside 90 s. */
const QUICK = { runs: 2, siteCookies: 60, totalCookies: 600, otherDomains: 20, importCookies: 200, importSites: 10 };

const USAGE = 'usage: node bench/bench.js [--quick] [--no-build] [--runs=N] [--browser=chromium|firefox|both] [--dist=DIR]';
/** @type {ReadonlyMap<string, readonly BenchedBrowser[]>} */
const BROWSERS = new Map([
  ['chromium', ['chromium']],
  ['firefox', ['firefox']],
  ['both', ['chromium', 'firefox']],
]);

/**
 * @param {string[]} argv process.argv.slice(2)
 * @returns {Options}
 */
export function parseOptions(argv) {
  const quick = argv.includes('--quick');
  const preset = quick ? QUICK : FULL;
  let runs = preset.runs;
  /** @type {string | null} */
  let dist = null;
  /** @type {string | null} */
  let browser = null;
  for (const arg of argv) {
    const count = /^--runs=(\d+)$/.exec(arg);
    const dir = /^--dist=(.+)$/.exec(arg);
    const which = /^--browser=(.*)$/.exec(arg);
    if (count) runs = Number(count[1]);
    else if (dir) dist = dir[1] ?? null;
    else if (which) browser = which[1] ?? '';
    else if (arg !== '--quick' && arg !== '--no-build') throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  if (runs < 1) throw new Error(`--runs must be at least 1\n${USAGE}`);
  // --dist predates Firefox: alone, it still means a Chromium build.
  const browsers = BROWSERS.get(browser ?? (dist === null ? 'both' : 'chromium'));
  if (!browsers) throw new Error(`--browser must be chromium, firefox or both, not "${browser}"\n${USAGE}`);
  if (dist !== null && browsers.length > 1) throw new Error(`--dist is one build: name its browser with --browser=chromium or --browser=firefox\n${USAGE}`);
  return { ...preset, quick, build: dist === null && !argv.includes('--no-build'), dist, runs, browsers: [...browsers] };
}
