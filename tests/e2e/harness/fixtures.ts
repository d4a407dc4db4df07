// The Playwright Test fixtures every scenario uses: one test site and one browser per worker
// (launching a browser per test was 2.5x slower), reset before each test.
import { test as base } from '@playwright/test';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSite, type Site } from '../../site/server.js';
import { launchChromiumHarness } from './chromium';
import { launchFirefoxHarness } from './firefox';
import type { BrowserHarness } from './types';

export { expect } from '@playwright/test';

type BrowserName = BrowserHarness['name'];

const DIST_FOLDER: Record<BrowserName, string> = { chromium: 'chrome', firefox: 'firefox' };

/** Drivers per browser: Playwright for Chromium, puppeteer-core over WebDriver BiDi for Firefox. */
const LAUNCHERS: Partial<Record<BrowserName, (extensionDir: string) => Promise<BrowserHarness>>> = {
  chromium: launchChromiumHarness,
  firefox: (extensionDir) => launchFirefoxHarness(extensionDir),
};

/**
 * A private copy of the build: a rebuild of dist/ while the suite runs (another terminal,
 * `npm start`) would otherwise swap the popup's assets under the running browser.
 */
export async function copyOfBuild(browser: BrowserName): Promise<{ dir: string; remove: () => Promise<void> }> {
  const built = fileURLToPath(new URL(`../../../dist/${DIST_FOLDER[browser]}`, import.meta.url));
  if (!existsSync(join(built, 'manifest.json'))) throw new Error(`${built} has no build: run \`npm run build\` first`);
  const copy = await mkdtemp(join(tmpdir(), `crumb-${DIST_FOLDER[browser]}-`));
  await cp(built, copy, { recursive: true });
  return { dir: copy, remove: () => rm(copy, { recursive: true, force: true }) };
}

/**
 * A browser of its own, with a private copy of the build, whose UI speaks `lang` (Chromium's
 * --lang, Firefox's requested locale): for a scenario about another language than the English
 * every other scenario finds controls by. The language must be installed (scripts/bootstrap.js).
 */
export async function launchSpeaking(browser: BrowserName, lang: string): Promise<{ harness: BrowserHarness; close: () => Promise<void> }> {
  const build = await copyOfBuild(browser);
  try {
    const harness = browser === 'chromium'
      ? await launchChromiumHarness(build.dir, { lang })
      : await launchFirefoxHarness(build.dir, { 'intl.locale.requested': lang });
    return {
      harness,
      async close() {
        try {
          await harness.close();
        } finally {
          await build.remove();
        }
      },
    };
  } catch (error) {
    await build.remove();
    throw error;
  }
}

/** Set per project in playwright.config.ts: which browser the scenarios run in. */
export interface CrumbWorkerOptions {
  crumbBrowser: BrowserName;
}

export const test = base.extend<
  { harness: BrowserHarness },
  CrumbWorkerOptions & { site: Site; workerHarness: BrowserHarness }
>({
  crumbBrowser: ['chromium', { scope: 'worker', option: true }],

  // eslint-disable-next-line no-empty-pattern -- Playwright requires the object pattern
  site: [async ({}, use) => {
    const site = await startSite();
    await use(site);
    await site.close();
  }, { scope: 'worker' }],

  workerHarness: [async ({ crumbBrowser }, use) => {
    const launch = LAUNCHERS[crumbBrowser];
    if (!launch) throw new Error(`no browser driver for ${crumbBrowser} yet`);
    const build = await copyOfBuild(crumbBrowser);
    try {
      const harness = await launch(build.dir);
      await use(harness);
      await harness.close();
    } finally {
      await build.remove();
    }
  }, { scope: 'worker', timeout: 30_000 }],

  harness: async ({ workerHarness }, use, testInfo) => {
    await workerHarness.reset();
    await use(workerHarness);
    if (testInfo.status !== testInfo.expectedStatus) {
      // Written to files, so the list reporter names them instead of printing them.
      for (const [index, attachment] of (await workerHarness.captureForFailure()).entries()) {
        const path = testInfo.outputPath(`${index}-${attachment.name.replace(/[^\w.-]+/g, '_').slice(-80)}`);
        await writeFile(path, attachment.body);
        // A page's URL can be longer than a file name may be: the attachment's name becomes one.
        await testInfo.attach(attachment.name.slice(0, 120), { path, contentType: attachment.contentType });
      }
    }
  },
});
