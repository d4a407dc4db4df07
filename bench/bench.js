// `npm run bench`: builds Crumb, loads it into Debian's Chromium and Firefox ESR (one after the
// other) with the browser full of cookies, and measures its pages against "the limit" (a blank
// extension page doing one cookies.getAll). Prints a table per browser, writes the figures to
// JSON, and exits non-zero when a figure could not be taken or, in a full run, an enforced
// budget fails. See bench/README.md.
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSite } from '../tests/site/server.js';
import { POPUP_PAGE } from './extension-copy.js';
import { SITE_HOST, makeCookies, makeImportCookies, rawBytes } from './fixture.js';
import { parseOptions } from './options.js';
import { format, median, payloadTable, resultsTable, verdict } from './report.js';
import { measureBrowser } from './session.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD = /** @type {const} */ ({ chromium: 'chrome', firefox: 'firefox' });
const TITLE = /** @type {const} */ ({ chromium: 'Chromium', firefox: 'Firefox' });

const options = parseOptions(process.argv.slice(2));
const startedAt = Date.now();
const loadAtStart = os.loadavg()[0] ?? 0;

if (options.build) {
  const built = spawnSync(process.execPath, ['scripts/build.js', ...options.browsers.map((name) => BUILD[name])], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const nowSeconds = Math.floor(Date.now() / 1000);
const { site: siteCookies, others } = makeCookies({ ...options, nowSeconds });
const imports = makeImportCookies({ count: options.importCookies, sites: options.importSites, nowSeconds });
const allCookies = [...siteCookies, ...others];
const n = siteCookies.length;
const total = allCookies.length;

/** @type {(import('./session.js').Section & {seconds: number})[]} */
const sections = [];
const site = await startSite();
try {
  // One browser at a time: two would share the machine's two cores.
  for (const name of options.browsers) {
    const started = Date.now();
    const dist = options.dist ? resolve(options.dist) : join(ROOT, 'dist', BUILD[name]);
    const section = await measureBrowser({ name, dist, runs: options.runs, siteOrigin: site.origin(SITE_HOST), siteCookies, allCookies, imports });
    sections.push({ ...section, seconds: (Date.now() - started) / 1000 });
  }
} finally {
  await site.close();
}

const seconds = (Date.now() - startedAt) / 1000;
for (const section of sections) {
  const title = TITLE[section.name];
  console.log(`\n${title}: popup payload (${POPUP_PAGE}):\n${section.payload ? payloadTable(section.payload) : 'no build'}\n`);
  console.log(
    `${title}: ${options.quick ? 'quick run' : 'full run'}, median of ${options.runs} run(s) after a warm-up; ${section.browser ?? 'did not start'}; ` +
      `${n} cookies on ${SITE_HOST}, ${total} in all; empty extension page heap ${format(section.emptyPageHeap, 'bytes')}; ${section.seconds.toFixed(0)} s\n`,
  );
  console.log(resultsTable(section.metrics));
  // One line per error, naming every figure it cost.
  /** @type {Map<string, string[]>} */
  const errors = new Map();
  for (const row of section.metrics) for (const error of row.errors) errors.set(error, [...(errors.get(error) ?? []), row.id]);
  for (const [error, ids] of errors) console.log(`  ${ids.join(', ')}: ${error}`);
  for (const [mode, said] of /** @type {const} */ ([['warm', 'background running'], ['cold', 'background stopped']])) {
    for (const side of /** @type {const} */ (['crumb', 'limit'])) {
      const times = section.toolbarBreakdown[mode][side];
      const row = (/** @type {string} */ id) => section.metrics.find((r) => r.id === id)?.[side] ?? null;
      /** @type {[string, number | null][]} */
      const steps = [
        ['document parsed', median(times.script)],
        [side === 'crumb' ? 'list request sent' : 'getAll called', median(times.sent)],
        ['answered', median(times.answered)],
        ['first row', row(`toolbar-${mode}-first-row`)],
        ['first frame', row(`toolbar-${mode}-first-frame`)],
      ];
      const whose = side === 'crumb' ? "Crumb's" : "the blank popup's";
      console.log(`  toolbar popup, ${said}, ${whose} medians: ${steps.map(([what, ms]) => `${what} ${format(ms, 'ms')}`).join(', ')}`);
    }
  }
  if (section.heapMethod) console.log(`  heap: ${section.heapMethod}`);
  const prefs = Object.entries(section.prefs);
  if (prefs.length) console.log(`  prefs: ${prefs.map(([name, value]) => `${name}=${value}`).join(', ')}`);
  if (!section.budgetsEnforced) console.log(`  ${title}: budgets shown, not enforced (only Chromium's decide the exit status).`);
}
const load = { start: loadAtStart, end: os.loadavg()[0] ?? 0 };
if (Math.max(load.start, load.end) > os.cpus().length) {
  console.log(`\nwarning: the machine was busy (load average ${load.start.toFixed(1)} → ${load.end.toFixed(1)} on ${os.cpus().length} cores); times are noisy`);
}

const cpus = os.cpus();
const results = {
  date: new Date().toISOString(),
  mode: options.quick ? 'quick' : 'full',
  runs: options.runs,
  seconds,
  machine: { cpu: cpus[0]?.model ?? 'unknown', cores: cpus.length, memoryBytes: os.totalmem(), os: `${os.type()} ${os.release()}`, node: process.version, loadAverage: load },
  cookies: {
    site: SITE_HOST,
    siteCount: n,
    total,
    otherDomains: options.otherDomains,
    siteRawBytes: rawBytes(siteCookies),
    allRawBytes: rawBytes(allCookies),
    imported: { count: imports.cookies.length, sites: imports.domains, rawBytes: rawBytes(imports.cookies) },
  },
  browsers: Object.fromEntries(sections.map(({ name, ...section }) => [name, section])),
};
// Only a full run of this tree's build in both browsers may replace the figures the README quotes.
const out = join(
  ROOT,
  options.dist ? 'bench/out/results-dist.json'
  : options.quick ? 'bench/out/results-quick.json'
  : options.browsers.length === 1 ? `bench/out/results-${options.browsers[0]}.json`
  : 'bench/results.json',
);
await mkdir(dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${out.slice(ROOT.length)}`);

const { missing, failed, reported, exitCode } = verdict(sections, options.quick);
if (missing.length) console.error(`not measured: ${missing.join(', ')}`);
if (failed.length) console.error(`over budget: ${failed.join(', ')}`);
if (reported.length) console.error(`over budget, not enforced${options.quick ? ' with --quick' : ' (Firefox)'}: ${reported.join(', ')}`);
process.exitCode = exitCode;
