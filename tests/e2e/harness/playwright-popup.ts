// PopupDriver over a Playwright page: every control is found by role and accessible name.
import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type { DownloadedFile, ExtensionPageDriver, FieldLabel, Focused, PopupDriver } from './types';

interface AriaNode {
  role: string;
  name?: string;
  children?: unknown[];
}

function isAriaNode(value: unknown): value is AriaNode {
  return typeof value === 'object' && value !== null && typeof (value as { role?: unknown }).role === 'string';
}

function childrenOf(node: AriaNode): AriaNode[] {
  return (node.children ?? []).filter(isAriaNode);
}

/** Names of the buttons inside the list items of an aria snapshot, in document order. */
function rowButtonNames(nodes: AriaNode[]): string[] {
  const names: string[] = [];
  const visit = (node: AriaNode, inItem: boolean) => {
    if (inItem && node.role === 'button') names.push(node.name ?? '');
    for (const child of childrenOf(node)) visit(child, inItem || node.role === 'listitem');
  };
  nodes.forEach((node) => visit(node, false));
  return names;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

async function snapshotNodes(locator: Locator): Promise<AriaNode[]> {
  const json: unknown = await locator.ariaSnapshotJSON();
  return (Array.isArray(json) ? json : [json]).filter(isAriaNode);
}

/** How long alertText() waits for an alert to appear before answering "". */
const ALERT_WAIT_MS = 2000;

export class PlaywrightPopup implements PopupDriver {
  private readonly seenDialogs: string[] = [];
  private readonly problems: string[] = [];

  /** @param onClose replaces closing the page, for popups that need more than that. */
  constructor(
    protected readonly page: Page,
    private readonly onClose: () => Promise<void> = () => page.close(),
  ) {
    page.on('dialog', (dialog) => {
      this.seenDialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') this.problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.problems.push(`uncaught: ${error.message}`));
  }

  private list(): Locator {
    return this.page.getByRole('list', { name: 'Cookies', exact: true });
  }

  private row(name: string | RegExp): Locator {
    return this.list().getByRole('listitem').getByRole('button', { name, exact: true });
  }

  /** A form control by its exact label (the contract fixes labels, hints go in descriptions). */
  protected field(label: FieldLabel): Locator {
    if (typeof label === 'string') return this.page.getByLabel(label, { exact: true });
    return this.page.getByRole('region', { name: label.region, exact: true }).getByLabel(label.label, { exact: true });
  }

  async rowNames(): Promise<string[]> {
    // An empty list has no height: attached is all there is to wait for.
    await this.list().waitFor({ state: 'attached' });
    return rowButtonNames(await snapshotNodes(this.list()));
  }

  async rowText(name: string): Promise<string> {
    // The row is the list item around the button: value, expiry and badges sit beside the button.
    return collapse(await this.row(name).locator('xpath=ancestor::li[1]').innerText());
  }

  /**
   * Lets effects that run after paint (Preact's useEffect, e.g. moving focus into a freshly
   * opened editor) finish, so the next fill() types into the field it names and not into the
   * one focus moved to meanwhile.
   */
  private async settle(): Promise<void> {
    await this.page.evaluate(
      () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))),
    );
  }

  async openRow(name: string | RegExp): Promise<void> {
    // The popup paints its rows before its UI, which then arrives above them and moves them down:
    // a click aimed at a row in that moment lands on whatever takes its place (first-rows.spec
    // clicks a row before the UI on purpose).
    await this.page.getByRole('textbox', { name: 'Filter cookies' }).waitFor({ state: 'attached' });
    await this.row(name).click();
    await this.settle();
  }

  async editorHeading(): Promise<string | null> {
    // One read: a count followed by innerText() would wait out the timeout if the editor closed between them.
    const [text] = await this.page.getByRole('heading', { name: /^(New|Edit) cookie$/ }).allInnerTexts();
    return text === undefined ? null : text.trim();
  }

  async fill(label: FieldLabel, value: string): Promise<void> {
    await this.field(label).fill(value);
  }

  async fieldValue(label: FieldLabel): Promise<string> {
    return this.field(label).inputValue();
  }

  async setChecked(label: FieldLabel, checked: boolean): Promise<void> {
    await this.field(label).setChecked(checked);
  }

  async isChecked(label: FieldLabel): Promise<boolean> {
    return this.field(label).isChecked();
  }

  async isDisabled(label: FieldLabel): Promise<boolean> {
    return this.field(label).isDisabled();
  }

  async select(label: FieldLabel, value: string): Promise<void> {
    await this.field(label).selectOption(value);
  }

  async click(buttonName: string): Promise<void> {
    await this.page.getByRole('button', { name: buttonName, exact: true }).click();
    await this.settle();
  }

  async hasButton(buttonName: string): Promise<boolean> {
    return this.page.getByRole('button', { name: buttonName, exact: true }).isVisible();
  }

  async isPressed(buttonName: string): Promise<boolean> {
    return (await this.page.getByRole('button', { name: buttonName, exact: true }).getAttribute('aria-pressed')) === 'true';
  }

  async selectedOption(label: FieldLabel): Promise<string> {
    const text = await this.field(label).evaluate((e) => (e instanceof HTMLSelectElement ? (e.selectedOptions[0]?.text ?? '') : null));
    if (text === null) throw new Error(`the control labelled ${JSON.stringify(label)} is not a select`);
    return collapse(text);
  }

  async listItems(listName: string): Promise<string[]> {
    const list = this.page.getByRole('list', { name: listName, exact: true });
    // An empty list has no height: attached is all there is to wait for.
    await list.waitFor({ state: 'attached' });
    return (await list.getByRole('listitem').allInnerTexts()).map(collapse);
  }

  async regionText(name: string): Promise<string> {
    return collapse(await this.page.getByRole('region', { name, exact: true }).innerText());
  }

  async pageText(): Promise<string> {
    return collapse(await this.page.locator('body').innerText());
  }

  async alertText(): Promise<string> {
    const alerts = this.page.getByRole('alert');
    await alerts.first().waitFor({ state: 'visible', timeout: ALERT_WAIT_MS }).catch(() => undefined);
    return (await alerts.allInnerTexts()).join(' ').trim();
  }

  async statusText(): Promise<string> {
    return (await this.page.getByRole('status').allInnerTexts()).join(' ').trim();
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    await this.settle();
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  async focused(): Promise<Focused> {
    const focus = this.page.locator(':focus');
    if ((await focus.count()) === 0) return { role: '', name: '' };
    const [node] = await snapshotNodes(focus);
    return { role: node?.role ?? '', name: node?.name ?? '' };
  }

  dialogs(): readonly string[] {
    return this.seenDialogs;
  }

  consoleProblems(): readonly string[] {
    return this.problems;
  }

  async emulateColorScheme(scheme: 'light' | 'dark' | null): Promise<void> {
    await this.page.emulateMedia({ colorScheme: scheme });
  }

  async setViewportWidth(width: number): Promise<void> {
    const height = this.page.viewportSize()?.height ?? (await this.page.evaluate(() => innerHeight));
    await this.page.setViewportSize({ width, height });
    await this.settle();
  }

  async evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    // Playwright types the argument as Unboxed<A>, which is A for the plain data passed here.
    return this.page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg);
  }

  async runScript(source: string): Promise<void> {
    // A string is evaluated as an expression over CDP; the trailing value keeps it one.
    await this.page.evaluate(`${source}\n;undefined`);
  }

  async close(): Promise<void> {
    await this.onClose();
  }
}

export class PlaywrightExtensionPage extends PlaywrightPopup implements ExtensionPageDriver {
  async chooseFile(label: FieldLabel, fileName: string, content: string | Buffer): Promise<void> {
    await this.field(label).setInputFiles({ name: fileName, mimeType: 'application/octet-stream', buffer: Buffer.from(content) });
  }

  async download(buttonName: string): Promise<DownloadedFile> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: buttonName, exact: true }).click(),
    ]);
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }
}
