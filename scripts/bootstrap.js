// Makes a fresh clone ready for `npm start` and `npm test`, with Node's own modules only (no
// dependency is installed yet when it runs): the npm dependencies, then the browsers from
// Debian. As root it installs what is missing; otherwise it prints the command and stops.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** `--tests`: `npm test` asks for what only the suite needs as well. */
const forTests = process.argv.includes('--tests');

/** What the suite and the demo need from the system, and the Debian package that brings it. */
const SYSTEM = [
  { has: () => existsSync('/usr/lib/chromium/chromium'), package: 'chromium' },
  { has: () => onPath('firefox-esr'), package: 'firefox-esr' },
  { has: () => onPath('openssl'), package: 'openssl' },
  { has: () => onPath('curl'), package: 'curl' },
  // German for the scenario that runs the browsers in another language than English; the demo
  // runs in the machine's language and has no use for them.
  ...(forTests
    ? [
        { has: () => existsSync('/usr/lib/chromium/locales/de.pak'), package: 'chromium-l10n' },
        { has: () => existsSync('/usr/lib/firefox-esr/browser/extensions/langpack-de@firefox-esr.mozilla.org.xpi'), package: 'firefox-esr-l10n-de' },
      ]
    : []),
];

/** @param {string} command */
function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 */
function run(command, args, env = process.env) {
  console.log(`bootstrap: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * Installed from this lockfile, or not at all: npm writes what it installed to
 * node_modules/.package-lock.json. Compared by content, not by date: a checkout (a second git
 * worktree sharing node_modules, say) makes the lockfile newer without changing it, and a
 * needless `npm ci` would empty node_modules under whatever else is using it. Optional packages
 * are for other platforms.
 */
function dependenciesCurrent() {
  const installedPath = `${ROOT}node_modules/.package-lock.json`;
  if (!existsSync(installedPath)) return false;
  const wanted = JSON.parse(readFileSync(`${ROOT}package-lock.json`, 'utf8')).packages ?? {};
  const installed = JSON.parse(readFileSync(installedPath, 'utf8')).packages ?? {};
  return Object.entries(wanted).every(([path, entry]) => path === '' || entry.optional === true || installed[path]?.version === entry.version);
}

const missing = SYSTEM.filter((need) => !need.has()).map((need) => need.package);
if (missing.length > 0) {
  const install = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(`bootstrap: missing ${missing.join(', ')}. Install them (Debian), then run this again:\n  sudo sh -c '${install}'`);
    process.exit(1);
  }
  run('sh', ['-c', install], { ...process.env, DEBIAN_FRONTEND: 'noninteractive' });
}

if (!dependenciesCurrent()) {
  // The browsers come from Debian: the test tools must not download their own.
  run('npm', ['ci', '--no-audit', '--no-fund'], { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', PUPPETEER_SKIP_DOWNLOAD: '1' });
}
