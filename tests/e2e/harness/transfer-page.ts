// The import/export page (src/pages/transfer) driven by role and accessible name, for every
// scenario that imports or exports: the transfer spec and the fault scenarios.
import type { Site } from '../../site/server.js';
import { HOSTS } from '../../site/server.js';
import type { Cookie } from '../../../src/core/cookie';
import { ariaInPage, type AriaRequest, type AriaResults } from './aria-in-page';
import { comparable } from './cookie-match';
import { expect } from './fixtures';
import type { BrowserHarness, DownloadedFile, ExtensionPageDriver, FieldLabel } from './types';

const TRANSFER_PATH = 'src/pages/transfer/index.html';
export const SITES_PATH = 'src/pages/sites/index.html';
export const POPUP_PATH = 'src/pages/popup/index.html';

/** The id of the store a page opened in a normal window works on, as each browser names it. */
export const DEFAULT_STORE: Record<BrowserHarness['name'], string> = { chromium: '0', firefox: 'firefox-default' };

export const IMPORT = 'Import';
const EXPORT = 'Export';
export const region = (name: string) => ({ role: 'region', name: { exact: name } });

/** What the export section says once it knows what it would export. */
const EXPORT_COUNT = /^(\d+ cookies|1 cookie|No cookies to export\.|Type the site.*|Type a search.*|Type a request URL.*|The browser sends no cookies to this URL\.)$/;

export interface PreviewRow {
  name: string;
  domain: string;
  path: string;
  status: string;
  reason: string;
}

/** Runs in the page: the cells of the import preview's rows; null before the table is shown. */
export function previewRowsInPage(): PreviewRow[] | null {
  const table = [...document.querySelectorAll('table')].find((t) => t.getAttribute('aria-label') === 'Import preview');
  if (!table) return null;
  return [...(table.tBodies[0]?.rows ?? [])].map((row) => {
    const cell = (i: number) => row.cells[i]?.innerText.trim() ?? '';
    return { name: cell(1), domain: cell(2), path: cell(3), status: cell(4), reason: cell(5) };
  });
}

export class TransferPage {
  private opened: ExtensionPageDriver | null = null;

  constructor(
    readonly harness: BrowserHarness,
    readonly site: Site,
  ) {}

  get store(): string {
    return DEFAULT_STORE[this.harness.name];
  }

  get page(): ExtensionPageDriver {
    if (!this.opened) throw new Error('open() the page first');
    return this.opened;
  }

  /** Finds by role and accessible name in the page, the same way in every browser. */
  private aria<K extends AriaRequest['op']>(request: Extract<AriaRequest, { op: K }>): Promise<AriaResults[K]> {
    return this.page.evaluate(ariaInPage, request) as Promise<AriaResults[K]>;
  }

  /** The text of every paragraph of the section. */
  paragraphs(section: string): Promise<string[]> {
    return this.aria({ op: 'texts', target: { by: 'role', query: { role: 'paragraph', within: region(section) } } });
  }

  /** The text of the section's status messages, joined. */
  async status(section: string): Promise<string> {
    const texts = await this.aria({ op: 'texts', target: { by: 'role', query: { role: 'status', within: region(section) } } });
    return texts.join(' ').trim();
  }

  /** Opens the page with this query string and waits until the export knows what it would export. */
  async open(query = ''): Promise<void> {
    await this.openPath(`${TRANSFER_PATH}${query}`);
  }

  /** Opens the page at a path inside the extension (as a link would). */
  async openPath(path: string): Promise<void> {
    this.opened = await this.harness.openExtensionPage(path);
    await expect.poll(async () => (await this.paragraphs(EXPORT)).some((text) => EXPORT_COUNT.test(text))).toBe(true);
  }

  /** The number of cookies the export section says it would export. */
  async exportCount(): Promise<string> {
    const [count] = (await this.paragraphs(EXPORT)).filter((text) => EXPORT_COUNT.test(text));
    return count ?? '';
  }

  /** Every cookie the browser holds, partitioned or not, in a stable order. */
  async jar(): Promise<Cookie[]> {
    return comparable(await this.harness.browserCookies());
  }

  /** Lets the test site set its cookie zoo and, unless told not to, shop's iframe a cookie partitioned under top.test. */
  async plantZoo({ partitioned = true } = {}): Promise<void> {
    if (partitioned) await this.harness.openSite(`${this.site.origin(HOSTS.top)}/embed`);
    await this.harness.openSite(`${this.site.origin(HOSTS.shop)}/zoo`);
  }

  /** The Cookie header the site receives for a same-origin fetch of `path` on shop.example.test. */
  siteHeader(path: string): Promise<string> {
    return this.harness.siteCookieHeader(`${this.site.origin(HOSTS.shop)}${path}`);
  }

  async paste(text: string): Promise<void> {
    await this.page.fill('Cookies to import', text);
  }

  async chooseFile(name: string, content: string | Buffer): Promise<void> {
    await this.page.chooseFile('Import from file', name, content);
  }

  /** Clicks Preview and waits until the input has been read. */
  async preview(): Promise<void> {
    await this.page.click('Preview');
    await expect.poll(() => this.status(IMPORT)).not.toContain('Reading cookies…');
  }

  async previewRows(): Promise<PreviewRow[]> {
    let rows: PreviewRow[] | null = null;
    await expect.poll(async () => (rows = await this.page.evaluate(previewRowsInPage)) !== null).toBe(true);
    return rows ?? [];
  }

  issues(): Promise<string[]> {
    return this.page.listItems('Problems in the input');
  }

  alertText(): Promise<string> {
    return this.page.alertText();
  }

  async confirmImport(count: number): Promise<void> {
    await this.page.click(count === 1 ? 'Import 1 cookie' : `Import ${count} cookies`);
    await expect.poll(() => this.status(IMPORT)).toContain('Imported');
  }

  async reportText(): Promise<string> {
    return (await this.status(IMPORT)).replace(/\s+/g, ' ').trim();
  }

  async undo(): Promise<void> {
    await this.page.click('Undo import');
    await expect.poll(() => this.status(IMPORT)).toContain('Import undone');
  }

  /** The export preview once it shows `expected` (the previous format's text stays until the new one is ready). */
  async exportPreview(expected: RegExp): Promise<string> {
    await expect.poll(() => this.page.fieldValue('Export preview')).toMatch(expected);
    return this.page.fieldValue('Export preview');
  }

  async chooseFormat(formatLabel: string): Promise<void> {
    await this.page.select({ region: EXPORT, label: 'Format' } satisfies FieldLabel, formatLabel);
  }

  /** Chooses an export and waits for its preview to show `expected`; `site` null exports the whole store. */
  async exportText(formatLabel: string, site: string | null, expected: RegExp): Promise<string> {
    await this.page.select('Scope', site === null ? 'store' : 'site');
    if (site !== null) await this.page.fill('Site', site);
    await this.chooseFormat(formatLabel);
    return this.exportPreview(expected);
  }

  download(): Promise<DownloadedFile> {
    return this.page.download('Download file');
  }
}
