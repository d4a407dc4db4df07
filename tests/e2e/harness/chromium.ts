// BrowserHarness for Debian's Chromium, driven by Playwright.
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import type { Cookie } from '../../../src/core/cookie';
import { launchChromiumWithExtension, type LaunchedChromium } from './chromium-launch.js';
import { toModel } from './cookie-model';
import { fetchCookieHeader, probeUrl } from './probe';
import { PlaywrightExtensionPage, PlaywrightPopup } from './playwright-popup';
import { closeSidePanelInPage, forgetPreferencesInPage, forgetRulesInPage } from './extension-state';
import { armBackgroundStop, armInPage, disarmInPage, firedInPage } from './stop-trigger';
import { PrivateWindows } from './private-windows';
import type { Attachment, AwaitBackgroundStop, BackgroundState, BrowserHarness, PrivateTab, SiteCookieOptions, Tab } from './types';

const POPUP_PATH = 'src/pages/popup/index.html';
const PANEL_PATH = 'src/pages/panel/index.html';
/**
 * The control page: the one extension page that never messages the background (its script,
 * meant for DevTools, fails harmlessly in a tab), so keeping it open never wakes the worker.
 */
const CONTROL_PATH = 'src/pages/devtools/index.html';

/** How long the worker may take to stop once told to. */
const STOP_TIMEOUT_MS = 10_000;

/** Our own contexts ignore the config's `use`, so actions get their time limit here. */
const ACTION_TIMEOUT_MS = 10_000;

async function pollFor<T>(what: string, find: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The extension's service worker state, followed through the CDP ServiceWorker domain: it
 * reports every change of every worker's running status as it happens.
 */
class WorkerStatus {
  private status: BackgroundState | null = null;
  private readonly waiters = new Set<{ until: BackgroundState; resolve: () => void }>();

  private constructor(private readonly scriptPrefix: string) {}

  static async follow(session: CDPSession, extensionId: string): Promise<WorkerStatus> {
    const watch = new WorkerStatus(`chrome-extension://${extensionId}/`);
    session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) {
        if (version.scriptURL.startsWith(watch.scriptPrefix)) watch.update(version.runningStatus);
      }
    });
    // enable reports the current versions, in events that come just after its answer.
    await session.send('ServiceWorker.enable');
    await pollFor('the service worker status', () => watch.status ?? undefined);
    return watch;
  }

  get current(): BackgroundState {
    if (this.status === null) throw new Error('the service worker status is not known yet');
    return this.status;
  }

  private update(status: BackgroundState): void {
    this.status = status;
    for (const waiter of this.waiters) {
      if (waiter.until !== status) continue;
      this.waiters.delete(waiter);
      waiter.resolve();
    }
  }

  /**
   * Settles when the status next becomes `until` (at once if it is already): a worker woken by
   * an event right after stopping has still stopped, which a later poll could miss.
   */
  reaches(until: BackgroundState, timeoutMs: number): Promise<void> {
    if (this.status === until) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter = {
        until,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`the service worker was not ${until} within ${timeoutMs} ms (it is ${this.status})`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }
}

class ChromiumHarness implements BrowserHarness {
  readonly name = 'chromium';
  private readonly pages = new Map<number, Page>();
  private readonly probes = new Map<string, Page>();
  /** Second CDP connections, each with the toolbar popup it was made for. */
  private readonly toolbarPopups = new Map<Browser, Page>();
  private readonly privateWindows: PrivateWindows;

  /**
   * Tabs, cookies and the toolbar popup are reached through `control` (an extension page), not
   * through the worker: Playwright's handle on a stopped worker hangs until something wakes it,
   * and the harness must not wake it on its own.
   */
  constructor(
    private readonly browser: LaunchedChromium,
    private readonly control: Page,
    private readonly controlSession: CDPSession,
    private readonly worker: WorkerStatus,
  ) {
    // Incognito pages are in a browser context Playwright's persistent context does not hold.
    // Playwright types an argument as it arrives in the page (handles unboxed): plain data is the same.
    this.privateWindows = new PrivateWindows(<R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      control.evaluate(fn as unknown as (arg: unknown) => Promise<R>, arg));
  }

  /** For what only Playwright can do with a browser (e.g. `addCookies`, a consumer of exports). */
  get context(): BrowserContext {
    return this.browser.context;
  }

  async openSite(url: string): Promise<Tab> {
    const page = await this.browser.context.newPage();
    await page.goto(url);
    const id = await this.activeTabId(page);
    this.pages.set(id, page);
    return { id, url: page.url() };
  }

  async navigationCookieHeader(url: string): Promise<string> {
    const page = await this.browser.context.newPage();
    try {
      await page.goto(url);
      return (JSON.parse((await page.textContent('#cookie')) ?? '') as { cookie: string }).cookie;
    } finally {
      await page.close();
    }
  }

  async navigateSite(tab: Tab, url: string): Promise<void> {
    const page = this.pages.get(tab.id);
    if (!page) throw new Error(`tab ${tab.id} was not opened by openSite`);
    await page.goto(url);
  }

  /** The Playwright page of a tab openSite opened, for what only Playwright has (a CDP session on it). */
  pageOf(tab: Tab): Page {
    const page = this.pages.get(tab.id);
    if (!page) throw new Error(`tab ${tab.id} was not opened by openSite`);
    return page;
  }

  /**
   * A page cannot learn its tab id, and tab URLs are hidden from an extension without host
   * access, so the id is that of the tab made active just now.
   */
  private async activeTabId(page: Page): Promise<number> {
    await page.bringToFront();
    const [tab] = await this.control.evaluate(() =>
      chrome.tabs.query({ active: true, lastFocusedWindow: true }),
    );
    if (tab?.id === undefined) throw new Error(`no active tab after opening ${page.url()}`);
    if (tab.url !== undefined && tab.url !== page.url()) {
      throw new Error(`the active tab shows ${tab.url}, not ${page.url()}`);
    }
    return tab.id;
  }

  async openPopup(tab: Tab): Promise<PlaywrightPopup> {
    const page = await this.browser.context.newPage();
    // Made before the page loads, so it hears what the page logs while loading.
    const driver = new PlaywrightPopup(page);
    await page.goto(`chrome-extension://${this.browser.extensionId}/${POPUP_PATH}?tabId=${tab.id}`);
    return driver;
  }

  async openPopupWatched(tab: Tab, watcher: string): Promise<PlaywrightPopup> {
    const page = await this.browser.context.newPage();
    const driver = new PlaywrightPopup(page);
    await page.addInitScript(watcher);
    await page.goto(`chrome-extension://${this.browser.extensionId}/${POPUP_PATH}?tabId=${tab.id}`);
    return driver;
  }

  async openPanel(tab: Tab): Promise<PlaywrightPopup> {
    const page = await this.browser.context.newPage();
    // Made before the page loads, so it hears what the page logs while loading.
    const driver = new PlaywrightPopup(page);
    await page.goto(`chrome-extension://${this.browser.extensionId}/${PANEL_PATH}?tabId=${tab.id}`);
    return driver;
  }

  async openExtensionPage(path: string): Promise<PlaywrightExtensionPage> {
    const page = await this.browser.context.newPage();
    // Made before the page loads, so it hears what the page logs while loading.
    const driver = new PlaywrightExtensionPage(page);
    await page.goto(`chrome-extension://${this.browser.extensionId}/${path}`);
    return driver;
  }

  /**
   * The toolbar popup is not a target of the launching connection, and a CDP connection only
   * sees it if made after it opened: open it, then connect, then find it by URL.
   */
  async openToolbarPopup(tab: Tab): Promise<PlaywrightPopup> {
    const page = this.pages.get(tab.id);
    if (!page) throw new Error(`tab ${tab.id} was not opened by this harness`);
    await page.bringToFront();
    await this.control.evaluate(() => chrome.action.openPopup());
    // noDefaults: otherwise this connection takes over the browser's downloads (into a folder it
    // deletes when it closes), and every later download of the launching connection is lost.
    const connection = await chromium.connectOverCDP(await this.browser.cdpEndpoint(), { noDefaults: true });
    const prefix = `chrome-extension://${this.browser.extensionId}/${POPUP_PATH}`;
    try {
      const popup = await pollFor('the toolbar popup', () =>
        connection.contexts().flatMap((c) => c.pages()).find((p) => p.url().startsWith(prefix)),
      );
      popup.setDefaultTimeout(ACTION_TIMEOUT_MS);
      this.toolbarPopups.set(connection, popup);
      return new PlaywrightPopup(popup, () => this.closeToolbarPopup(connection));
    } catch (error) {
      await connection.close();
      throw error;
    }
  }

  /** A second openPopup() fails while one is open, so a popup is closed with its connection. */
  private async closeToolbarPopup(connection: Browser): Promise<void> {
    const popup = this.toolbarPopups.get(connection);
    this.toolbarPopups.delete(connection);
    if (popup && !popup.isClosed()) await popup.close();
    await connection.close();
  }

  async siteCookieHeader(url: string, options: SiteCookieOptions = {}): Promise<string> {
    const target = new URL(url);
    const pageUrl = probeUrl(target, options.embeddedIn);
    // Loading the probe page is most of the cost: keep one per page URL until the next reset.
    let probe = this.probes.get(pageUrl);
    if (!probe || probe.isClosed()) {
      probe = await this.browser.context.newPage();
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
    const cookies = await this.control.evaluate(() => chrome.cookies.getAll({ partitionKey: {} }));
    return cookies.map(toModel);
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
    // Clears partitioned cookies too.
    await this.browser.context.clearCookies();
  }

  async stopBackground(): Promise<void> {
    const stopped = this.worker.reaches('stopped', STOP_TIMEOUT_MS);
    // Stops every service worker of the profile; the test site registers none.
    await this.controlSession.send('ServiceWorker.stopAllWorkers');
    await stopped;
  }

  stopBackgroundAfterChanges(count: number): Promise<AwaitBackgroundStop> {
    const page = {
      arm: (n: number) => this.control.evaluate(armInPage, n),
      fired: () => this.control.evaluate(firedInPage),
      disarm: () => this.control.evaluate(disarmInPage),
    };
    return armBackgroundStop(page, count, () => this.stopBackground());
  }

  backgroundState(): Promise<BackgroundState> {
    return Promise.resolve(this.worker.current);
  }

  async captureForFailure(): Promise<Attachment[]> {
    // The site's pages are plain and known; the extension's pages are what a failure is about.
    const pages = [...this.browser.context.pages(), ...this.toolbarPopups.values()].filter(
      (p) => p !== this.control && !p.isClosed() && p.url().startsWith('chrome-extension://'),
    );
    const attachments: Attachment[] = [];
    for (const [index, page] of pages.entries()) {
      const name = `page ${index + 1} ${page.url()}`;
      attachments.push({ name: `${name}.png`, contentType: 'image/png', body: await page.screenshot({ fullPage: true }) });
      const tree = await page.locator('body').ariaSnapshot({ timeout: 1000 }).catch((error: unknown) => String(error));
      attachments.push({ name: `${name}.aria.yml`, contentType: 'text/yaml', body: Buffer.from(tree) });
    }
    return attachments;
  }

  async reset(): Promise<void> {
    await Promise.all([...this.toolbarPopups.keys()].map((connection) => this.closeToolbarPopup(connection)));
    await this.control.evaluate(disarmInPage);
    // Ends the incognito store with its cookies, which clearCookies() does not reach.
    await this.privateWindows.closeAll();
    const [keep, ...others] = this.browser.context.pages().filter((p) => p !== this.control);
    await Promise.all(others.map((p) => p.close()));
    await keep?.goto('about:blank');
    this.pages.clear();
    this.probes.clear();
    await this.control.evaluate(forgetPreferencesInPage);
    await this.control.evaluate(forgetRulesInPage);
    await this.control.evaluate(closeSidePanelInPage);
    await this.clearCookies();
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/** `profileDir`: a profile the caller keeps across launches; `lang`: the UI language (see launchChromiumWithExtension). */
export async function launchChromiumHarness(extensionDir: string, options: { profileDir?: string; lang?: string } = {}): Promise<BrowserHarness> {
  const browser = await launchChromiumWithExtension({ extensionDir, allowIncognito: true, ...options });
  try {
    browser.context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const control = await browser.context.newPage();
    await control.goto(`chrome-extension://${browser.extensionId}/${CONTROL_PATH}`);
    const session = await browser.context.newCDPSession(control);
    return new ChromiumHarness(browser, control, session, await WorkerStatus.follow(session, browser.extensionId));
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** The Playwright page of a site tab, for what only Playwright has. */
export function playwrightPage(harness: BrowserHarness, tab: Tab): Page {
  if (!(harness instanceof ChromiumHarness)) throw new Error(`${harness.name} is not driven by Playwright`);
  return harness.pageOf(tab);
}

/** The Playwright context behind a scenario's harness, for what only Playwright has. */
export function playwrightContext(harness: BrowserHarness): BrowserContext {
  if (!(harness instanceof ChromiumHarness)) throw new Error(`${harness.name} is not driven by Playwright`);
  return harness.context;
}
