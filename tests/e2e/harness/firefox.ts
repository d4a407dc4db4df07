// BrowserHarness for Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi.
// BiDi cannot reach background scripts, so tab ids and the cookie jar are read through an
// extension page kept open for that ("the control page"); scenarios never see it.
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import type { Browser as ExtensionApi, Cookies } from 'webextension-polyfill';
import type { Cookie } from '../../../src/core/cookie';
import { ariaInPage } from './aria-in-page';
import { BrowserFiles } from './browser-files';
import { launchFirefoxWithExtension, openExtensionPage, type LaunchedFirefox } from './firefox-launch.js';
import { toModel } from './cookie-model';
import { FirefoxBackground } from './firefox-background';
import { ChromeScope } from './firefox-chrome-scope';
import { fetchCookieHeader, probeUrl } from './probe';
import { PuppeteerExtensionPage, PuppeteerPopup, type PageHooks } from './puppeteer-popup';
import { closeSidePanelInPage, forgetPreferencesInPage, forgetRulesInPage } from './extension-state';
import { armBackgroundStop } from './stop-trigger';
import { PrivateWindows } from './private-windows';
import type { Attachment, AwaitBackgroundStop, BackgroundState, BrowserHarness, PrivateTab, SiteCookieOptions, Tab } from './types';

const POPUP_PATH = 'src/pages/popup/index.html';
const PANEL_PATH = 'src/pages/panel/index.html';

/** Firefox's override of what pages see as prefers-color-scheme. */
const SCHEME_OVERRIDE = { dark: 0, light: 1 } as const;

/** Runs in the browser window's privileged scope; null gives the choice back to the system. */
function colorSchemeInChrome(override: number | null): string {
  const { prefs } = (globalThis as unknown as { Services: { prefs: { setIntPref(name: string, value: number): void; clearUserPref(name: string): void } } }).Services;
  // Named here: the function is sent as its source, without the module around it.
  const pref = 'layout.css.prefers-color-scheme.content-override';
  if (override === null) prefs.clearUserPref(pref);
  else prefs.setIntPref(pref, override);
  return 'set';
}

/** How scripts evaluated in the control page reach the WebExtension API (types only). */
interface ExtensionGlobal {
  browser: ExtensionApi;
}

/** A tab of a Firefox container (a BiDi user context), with the store its cookies live in. */
export interface ContainerTab extends Tab {
  readonly storeId: string;
  /** The Cookie header a same-origin fetch of `url` from this tab carries. */
  cookieHeader(url: string): Promise<string>;
}

/**
 * Runs in the control page: every cookie of every store, in every partition and first-party
 * domain (with first-party isolation on, a call without firstPartyDomain throws).
 */
async function allCookiesInPage(): Promise<Cookies.Cookie[]> {
  const api = (globalThis as unknown as ExtensionGlobal).browser;
  const stores = await api.cookies.getAllCookieStores();
  const storeIds = new Set(['firefox-default', ...stores.map((s) => s.id)]);
  const lists = await Promise.all(
    [...storeIds].map((storeId) => api.cookies.getAll({ storeId, partitionKey: {}, firstPartyDomain: null })),
  );
  return lists.flat();
}

/** Runs in the control page: removes the cookies, each by its whole identity. */
async function removeCookiesInPage(cookies: Cookies.Cookie[]): Promise<void> {
  const api = (globalThis as unknown as ExtensionGlobal).browser;
  await Promise.all(
    cookies.map((c) =>
      api.cookies.remove({
        url: `http${c.secure ? 's' : ''}://${c.domain.replace(/^\./, '')}${c.path}`,
        name: c.name,
        storeId: c.storeId,
        firstPartyDomain: c.firstPartyDomain,
        ...(c.partitionKey ? { partitionKey: c.partitionKey } : {}),
      }),
    ),
  );
}

/** Runs in the control page. */
async function activeTabInPage(): Promise<{ id: number; url: string | null; storeId: string } | null> {
  const api = (globalThis as unknown as ExtensionGlobal).browser;
  const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return null;
  return { id: tab.id, url: tab.url ?? null, storeId: tab.cookieStoreId ?? '' };
}

async function pollFor<T>(what: string, find: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export class FirefoxHarness implements BrowserHarness {
  readonly name = 'firefox';
  private readonly probes = new Map<string, Page>();
  private readonly containers: BrowserContext[] = [];
  private readonly sitePages = new Map<number, Page>();
  /**
   * Firefox sends no event when a tab showing an extension page closes, so puppeteer keeps
   * listing such pages: the harness remembers what it closed.
   */
  private readonly closed = new WeakSet<Page>();
  private readonly background: FirefoxBackground;
  private readonly chromeScope: ChromeScope;
  private readonly privateWindows: PrivateWindows;
  private schemeChanged = false;

  constructor(
    private readonly launched: LaunchedFirefox,
    private readonly control: Page,
    private readonly files: BrowserFiles,
  ) {
    this.chromeScope = new ChromeScope(launched.browser);
    this.background = new FirefoxBackground(this.chromeScope, launched.geckoId);
    // puppeteer types an argument as it arrives in the page (handles flattened): plain data is the same.
    this.privateWindows = new PrivateWindows(<R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      control.evaluate(fn as unknown as (arg: unknown) => Promise<R>, arg));
  }

  private get browser(): Browser {
    return this.launched.browser;
  }

  async openSite(url: string): Promise<Tab> {
    const page = await this.browser.newPage();
    await page.goto(url);
    const { id } = await this.tabOf(page);
    this.sitePages.set(id, page);
    return { id, url: page.url() };
  }

  async navigationCookieHeader(url: string): Promise<string> {
    const page = await this.browser.newPage();
    try {
      await page.goto(url);
      const text = await page.evaluate(() => document.getElementById('cookie')?.textContent ?? '');
      return (JSON.parse(text) as { cookie: string }).cookie;
    } finally {
      await this.closePage(page);
    }
  }

  async navigateSite(tab: Tab, url: string): Promise<void> {
    const page = this.sitePages.get(tab.id);
    if (!page) throw new Error(`tab ${tab.id} was not opened by openSite`);
    await page.goto(url);
  }

  /**
   * Opens the URL in a tab of a new container (a BiDi user context is one; its store is
   * `firefox-container-N`). The container is removed, with its tabs, by reset().
   */
  async openSiteInContainer(url: string): Promise<ContainerTab> {
    const context = await this.browser.createBrowserContext();
    this.containers.push(context);
    const page = await context.newPage();
    await page.goto(url);
    const { id, storeId } = await this.tabOf(page);
    return { id, url: page.url(), storeId, cookieHeader: (echoUrl) => page.evaluate(fetchCookieHeader, echoUrl) };
  }

  /**
   * A page cannot learn its tab id, and tab URLs are hidden from an extension without host
   * access, so the id is that of the tab made active just now.
   */
  private async tabOf(page: Page): Promise<{ id: number; storeId: string }> {
    await page.bringToFront();
    const tab = await this.control.evaluate(activeTabInPage);
    if (!tab) throw new Error(`no active tab after opening ${page.url()}`);
    if (tab.url !== null && tab.url !== page.url()) throw new Error(`the active tab shows ${tab.url}, not ${page.url()}`);
    return tab;
  }

  async openPopup(tab: Tab): Promise<PuppeteerPopup> {
    return this.openDriver(`${POPUP_PATH}?tabId=${tab.id}`, (page, hooks) => new PuppeteerPopup(page, hooks));
  }

  async openPanel(tab: Tab): Promise<PuppeteerPopup> {
    return this.openDriver(`${PANEL_PATH}?tabId=${tab.id}`, (page, hooks) => new PuppeteerPopup(page, hooks));
  }

  async openExtensionPage(path: string): Promise<PuppeteerExtensionPage> {
    return this.openDriver(path, (page, hooks) => new PuppeteerExtensionPage(page, hooks, this.files));
  }

  /** The driver is made before the page loads, so it hears what the page logs while loading. */
  private async openDriver<D>(path: string, make: (page: Page, hooks: PageHooks) => D): Promise<D> {
    let driver: D | undefined;
    await openExtensionPage(this.browser, `${this.launched.origin}/${path}`, (page: Page) => {
      driver = make(page, {
        close: () => this.closePage(page),
        colorScheme: (scheme) => this.setColorScheme(scheme),
      });
    });
    if (driver === undefined) throw new Error(`no driver was made for ${path}`);
    return driver;
  }

  /** Browser-wide, so reset() puts it back. */
  private async setColorScheme(scheme: 'light' | 'dark' | null): Promise<void> {
    const override = scheme === null ? null : SCHEME_OVERRIDE[scheme];
    await this.chromeScope.call(colorSchemeInChrome, override);
    this.schemeChanged = scheme !== null;
  }

  private async closePage(page: Page): Promise<void> {
    if (this.closed.has(page)) return;
    this.closed.add(page);
    await page.close();
  }

  /** The open pages but the control page. */
  private async pages(): Promise<Page[]> {
    const pages = await this.browser.pages();
    return pages.filter((page) => page !== this.control && !page.isClosed() && !this.closed.has(page));
  }

  async siteCookieHeader(url: string, options: SiteCookieOptions = {}): Promise<string> {
    const target = new URL(url);
    const pageUrl = probeUrl(target, options.embeddedIn);
    // Loading the probe page is most of the cost: keep one per page URL until the next reset.
    let probe = this.probes.get(pageUrl);
    if (!probe || probe.isClosed()) {
      probe = await this.browser.newPage();
      await probe.goto(pageUrl);
      this.probes.set(pageUrl, probe);
    }
    const page = probe;
    const frame = options.embeddedIn
      ? await pollFor(`a frame of ${target.origin}`, () => page.frames().find((f) => f.url().startsWith(`${target.origin}/`)))
      : page.mainFrame();
    return frame.evaluate(fetchCookieHeader, url);
  }

  async browserCookies(): Promise<Cookie[]> {
    return (await this.control.evaluate(allCookiesInPage)).map(toModel);
  }

  openPrivateSite(url: string): Promise<PrivateTab> {
    return this.privateWindows.open(url);
  }

  closePrivateWindows(): Promise<void> {
    return this.privateWindows.closeAll();
  }

  storeCookies(storeId: string): Promise<Cookie[]> {
    return this.privateWindows.cookies(storeId);
  }

  async clearCookies(): Promise<void> {
    await this.control.evaluate(removeCookiesInPage, await this.control.evaluate(allCookiesInPage));
    const left = await this.control.evaluate(allCookiesInPage);
    if (left.length > 0) throw new Error(`${left.length} cookies are left: ${left.map((c) => c.name).join(', ')}`);
  }

  stopBackground(): Promise<void> {
    return this.background.stop();
  }

  stopBackgroundAfterChanges(count: number): Promise<AwaitBackgroundStop> {
    return armBackgroundStop(this.background.trigger, count, () => this.background.stop());
  }

  backgroundState(): Promise<BackgroundState> {
    return this.background.state();
  }

  async captureForFailure(): Promise<Attachment[]> {
    const attachments: Attachment[] = [];
    for (const [index, page] of (await this.pages()).entries()) {
      const url = await page.evaluate(() => location.href).catch(() => page.url());
      const name = `page ${index + 1} ${url}`;
      const shot = await page.screenshot({ fullPage: true }).catch(() => null);
      if (shot) attachments.push({ name: `${name}.png`, contentType: 'image/png', body: Buffer.from(shot) });
      const outline = await page
        .evaluate(ariaInPage, { op: 'outline' } as const)
        .then(String)
        .catch((error: unknown) => String(error));
      attachments.push({ name: `${name}.aria.txt`, contentType: 'text/plain', body: Buffer.from(outline) });
    }
    return attachments;
  }

  async reset(): Promise<void> {
    await this.background.trigger.disarm();
    if (this.schemeChanged) await this.setColorScheme(null);
    await Promise.all(this.containers.splice(0).map((context) => context.close()));
    await this.privateWindows.closeAll();
    await Promise.all((await this.pages()).map((page) => this.closePage(page)));
    this.probes.clear();
    this.sitePages.clear();
    await this.files.clear();
    await this.control.evaluate(forgetPreferencesInPage);
    await this.control.evaluate(forgetRulesInPage);
    await this.control.evaluate(closeSidePanelInPage);
    await this.clearCookies();
  }

  async close(): Promise<void> {
    try {
      await this.launched.close();
    } finally {
      await this.files.remove();
    }
  }
}

/**
 * @param prefs more Firefox prefs, e.g. `{'privacy.firstparty.isolate': true}`
 * @param profile a profile the caller keeps across launches, with the add-on installed for good
 *   (`permanent`) or already there from the launch before (`in-profile`, whose state is kept:
 *   no reset)
 */
export async function launchFirefoxHarness(
  extensionDir: string,
  prefs: Record<string, unknown> = {},
  profile?: { dir: string; install: 'permanent' | 'in-profile' },
): Promise<FirefoxHarness> {
  const files = await BrowserFiles.create();
  let launched: LaunchedFirefox | null = null;
  try {
    launched = await launchFirefoxWithExtension({
      extensionDir,
      prefs: { ...files.downloadPrefs(), ...prefs },
      ...(profile ? { profileDir: profile.dir, install: profile.install } : {}),
    });
    const control = await openExtensionPage(launched.browser, `${launched.origin}/${POPUP_PATH}`);
    const harness = new FirefoxHarness(launched, control, files);
    if (profile?.install !== 'in-profile') await harness.reset();
    return harness;
  } catch (error) {
    await launched?.close();
    await files.remove();
    throw error;
  }
}

/** The Firefox driver behind a scenario's harness, for what only Firefox has (containers). */
export function asFirefox(harness: BrowserHarness): FirefoxHarness {
  if (!(harness instanceof FirefoxHarness)) throw new Error(`${harness.name} has no Firefox containers`);
  return harness;
}
