// PopupDriver over a puppeteer-core page (Firefox over WebDriver BiDi): controls are found by
// role and accessible name in the page (aria-in-page.ts), and driven with real mouse clicks
// and keys; it waits for controls the way Playwright's actions do.
import type { ElementHandle, KeyInput, Page } from 'puppeteer-core';
import { ariaInPage, type AriaRequest, type AriaResults, type NameMatch, type Readiness, type Target } from './aria-in-page';
import type { BrowserFiles } from './browser-files';
import type { DownloadedFile, ExtensionPageDriver, FieldLabel, Focused, PopupDriver } from './types';

/** Like the expect timeout in playwright.config.ts: generous for a busy 2-core machine. */
const ACTION_TIMEOUT_MS = 10_000;
/** How long alertText() waits for an alert to appear before answering "". */
const ALERT_WAIT_MS = 2000;
const POLL_MS = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function nameMatch(name: string | RegExp): NameMatch {
  return typeof name === 'string' ? { exact: name } : { pattern: name.source, flags: name.flags };
}

const COOKIE_LIST = { role: 'list', name: { exact: 'Cookies' } };

function rowTarget(name: string | RegExp): Target {
  return { by: 'role', query: { role: 'button', name: nameMatch(name), within: COOKIE_LIST, insideRole: 'listitem' } };
}

function buttonTarget(name: string): Target {
  return { by: 'role', query: { role: 'button', name: { exact: name } } };
}

function labelTarget(label: FieldLabel): Target {
  if (typeof label === 'string') return { by: 'label', label };
  return { by: 'label', label: label.label, within: { role: 'region', name: { exact: label.region } } };
}

function describe(target: Target): string {
  if (target.by === 'label') {
    const region = target.within && 'exact' in target.within.name ? ` in the region "${target.within.name.exact}"` : '';
    return `the control labelled "${target.label}"${region}`;
  }
  const { role, name } = target.query;
  return `the ${role}${name ? ` named ${'exact' in name ? `"${name.exact}"` : `/${name.pattern}/`}` : ''}`;
}

/** Present once the popup's UI has loaded, above the rows it painted first. */
const FILTER: Target = { by: 'role', query: { role: 'textbox', name: { exact: 'Filter cookies' } } };

/** A page that navigated or re-rendered under a handle: worth one more try. */
function isTransient(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /detached|stale|no such node|context.*(destroyed|discarded)|not clickable/i.test(message);
}

/** Playwright's key names ("Control+a", "ControlOrMeta+Enter") as puppeteer key presses. */
function chord(keys: string): KeyInput[] {
  const parts = keys.length > 1 ? keys.split(/\+(?!$)/) : [keys];
  return parts.map((part) => (part === 'ControlOrMeta' ? 'Control' : part) as KeyInput);
}

/** What a page cannot do on its own in Firefox, done by the harness. */
export interface PageHooks {
  /** Replaces closing the page, for harnesses that track their pages. */
  close: () => Promise<void>;
  /** BiDi has no media emulation here: the harness sets the browser's preference. */
  colorScheme: (scheme: 'light' | 'dark' | null) => Promise<void>;
}

export class PuppeteerPopup implements PopupDriver {
  private readonly seenDialogs: string[] = [];
  private readonly problems: string[] = [];

  constructor(
    protected readonly page: Page,
    private readonly hooks: PageHooks,
  ) {
    page.on('dialog', (dialog) => {
      this.seenDialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') this.problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.problems.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
  }

  private async ask<K extends AriaRequest['op']>(request: Extract<AriaRequest, { op: K }>): Promise<AriaResults[K]> {
    return (await this.page.evaluate(ariaInPage, request)) as AriaResults[K];
  }

  /** Waits until exactly one element matches and is ready, like a Playwright locator action. */
  protected async locate(target: Target, readiness: Readiness): Promise<ElementHandle<Element>> {
    const deadline = Date.now() + ACTION_TIMEOUT_MS;
    for (;;) {
      const handle = await this.page.evaluateHandle(ariaInPage, { op: 'locate', target, readiness } satisfies AriaRequest);
      const element = handle.asElement() as ElementHandle<Element> | null;
      if (element) return element;
      await handle.dispose();
      if (Date.now() > deadline) {
        throw new Error(`timed out after ${ACTION_TIMEOUT_MS} ms waiting for ${describe(target)} to be ${readiness}`);
      }
      await sleep(POLL_MS);
    }
  }

  /** Runs an action on the element, locating it again if the page replaced it meanwhile. */
  protected async act<T>(target: Target, readiness: Readiness, action: (element: ElementHandle<Element>) => Promise<T>): Promise<T> {
    const deadline = Date.now() + ACTION_TIMEOUT_MS;
    for (;;) {
      const element = await this.locate(target, readiness);
      try {
        return await action(element);
      } catch (error) {
        if (!isTransient(error) || Date.now() > deadline) throw error;
        await sleep(POLL_MS);
      } finally {
        await element.dispose().catch(() => undefined);
      }
    }
  }

  /**
   * A real click at the element's centre, once nothing covers it there (the editor's sticky
   * action bar can cover a field scrolled to the bottom): a user cannot click through either.
   */
  private async clickCentre(element: ElementHandle<Element>): Promise<void> {
    await this.toFront();
    const point = await element.evaluate(async (e) => {
      e.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
      // Where it stays: Firefox may still scroll a focused field into view a frame later, and the
      // popup's UI arrives above its first rows; a click aimed before that lands elsewhere.
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      let box = e.getBoundingClientRect();
      for (let frames = 0; frames < 20; frames++) {
        await frame();
        const now = e.getBoundingClientRect();
        if (now.top === box.top && now.left === box.left && now.width === box.width && now.height === box.height) break;
        box = now;
      }
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const hit = document.elementFromPoint(x, y);
      if (hit && (hit === e || e.contains(hit))) return { x, y, coveredBy: null };
      return { x, y, coveredBy: hit ? hit.outerHTML.slice(0, 120) : 'nothing' };
    });
    if (point.coveredBy !== null) throw new Error(`not clickable yet: ${point.coveredBy} would receive the click`);
    await this.page.mouse.click(point.x, point.y);
  }

  /**
   * A user acts on the page in front of them. Firefox paints a background tab's frames only
   * now and then, and each input action and settle() waits for a frame: seconds per click
   * in a tab left behind when the test opened a site.
   */
  private async toFront(): Promise<void> {
    if (await this.page.evaluate(() => document.visibilityState !== 'visible')) await this.page.bringToFront();
  }

  /**
   * Lets effects that run after paint (Preact's useEffect, e.g. moving focus into a freshly
   * opened editor) finish, so the next step acts on the page a user would see.
   */
  protected async settle(): Promise<void> {
    await this.toFront();
    await this.page.evaluate(
      () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))),
    );
  }

  /** The text a user sees in the element, whitespace collapsed. */
  private innerText(target: Target): Promise<string> {
    return this.act(target, 'attached', (element) =>
      element.evaluate((e) => (e instanceof HTMLElement ? e.innerText : (e.textContent ?? ''))),
    ).then(collapse);
  }

  async rowNames(): Promise<string[]> {
    // An empty list has no height: attached is all there is to wait for.
    await this.locate({ by: 'role', query: COOKIE_LIST }, 'attached').then((list) => list.dispose());
    return this.ask({ op: 'names', target: { by: 'role', query: { role: 'button', within: COOKIE_LIST, insideRole: 'listitem' } } });
  }

  async rowText(name: string): Promise<string> {
    // The row is the list item around the button: value, expiry and badges sit beside the button.
    const text = await this.act(rowTarget(name), 'attached', (button) =>
      button.evaluate((e) => (e.closest('li') as HTMLElement | null)?.innerText ?? ''),
    );
    return collapse(text);
  }

  async openRow(name: string | RegExp): Promise<void> {
    // The popup paints its rows before its UI, which then arrives above them and moves them down:
    // a click aimed at a row in that moment lands on whatever takes its place (first-rows.spec
    // clicks a row before the UI on purpose).
    await this.locate(FILTER, 'attached').then((filter) => filter.dispose());
    await this.act(rowTarget(name), 'enabled', (row) => this.clickCentre(row));
    await this.settle();
  }

  async editorHeading(): Promise<string | null> {
    const [heading] = await this.ask({
      op: 'texts',
      target: { by: 'role', query: { role: 'heading', name: { pattern: '^(New|Edit) cookie$', flags: '' } } },
    });
    return heading ?? null;
  }

  /**
   * Text fields get the value as one insertion over their whole content (real input events,
   * as Playwright's fill does); date and time fields, which take no typed text reliably, get
   * the value set and input/change dispatched, again as Playwright does. Firefox stores a
   * date and time in its normalised form ("12:34:00" reads back as "12:34"), so the field
   * is checked against what a blank field of its kind makes of the same text.
   */
  async fill(label: FieldLabel, value: string): Promise<void> {
    const target = labelTarget(label);
    const outcome = await this.act(target, 'enabled', (field) =>
      field.evaluate((e, text) => {
        const typed = ['', 'text', 'search', 'url', 'tel', 'email', 'password', 'number'];
        if (e instanceof HTMLInputElement && !typed.includes(e.type)) {
          e.focus();
          e.value = text;
          e.dispatchEvent(new Event('input', { bubbles: true }));
          e.dispatchEvent(new Event('change', { bubbles: true }));
          const blank = document.createElement('input');
          blank.type = e.type;
          blank.value = text;
          if (blank.value === '') return `"${text}" is not a valid ${e.type} value`;
          return e.value === blank.value ? 'ok' : `the ${e.type} field holds "${e.value}" instead of "${blank.value}"`;
        }
        if (!(e instanceof HTMLInputElement || e instanceof HTMLTextAreaElement)) return `a ${e.localName} cannot be filled`;
        if (e.readOnly) return 'the field is read-only';
        e.focus();
        document.execCommand('selectAll');
        if (text === '') document.execCommand('delete');
        else document.execCommand('insertText', false, text);
        return 'ok';
      }, value),
    );
    if (outcome !== 'ok') throw new Error(`cannot fill ${describe(target)}: ${outcome}`);
  }

  async fieldValue(label: FieldLabel): Promise<string> {
    const target = labelTarget(label);
    const value = await this.act(target, 'attached', (field) =>
      field.evaluate((e) =>
        e instanceof HTMLInputElement || e instanceof HTMLTextAreaElement || e instanceof HTMLSelectElement ? e.value : null,
      ),
    );
    if (value === null) throw new Error(`${describe(target)} is not an input, textarea or select`);
    return value;
  }

  private checkedState(target: Target): Promise<boolean> {
    return this.act(target, 'attached', (field) =>
      field.evaluate((e) => (e instanceof HTMLInputElement ? e.checked : e.getAttribute('aria-checked') === 'true')),
    );
  }

  async setChecked(label: FieldLabel, checked: boolean): Promise<void> {
    const target = labelTarget(label);
    if ((await this.checkedState(target)) === checked) return;
    await this.act(target, 'enabled', (field) => this.clickCentre(field));
    if ((await this.checkedState(target)) !== checked) {
      throw new Error(`clicking ${describe(target)} did not make it ${checked ? 'checked' : 'unchecked'}`);
    }
  }

  async isChecked(label: FieldLabel): Promise<boolean> {
    return this.checkedState(labelTarget(label));
  }

  async isDisabled(label: FieldLabel): Promise<boolean> {
    return this.act(labelTarget(label), 'attached', (field) =>
      field.evaluate((e) => {
        if (e.matches(':disabled')) return true;
        for (let a: Element | null = e; a; a = a.parentElement) if (a.getAttribute('aria-disabled') === 'true') return true;
        return false;
      }),
    );
  }

  async select(label: FieldLabel, value: string): Promise<void> {
    const target = labelTarget(label);
    const outcome = await this.act(target, 'enabled', (field) =>
      field.evaluate((e, wanted) => {
        if (!(e instanceof HTMLSelectElement)) return `a ${e.localName} is not a select`;
        const option = [...e.options].find((o) => o.value === wanted) ?? [...e.options].find((o) => o.label === wanted);
        if (!option) return `it has no option "${wanted}"`;
        e.focus();
        e.value = option.value;
        e.dispatchEvent(new Event('input', { bubbles: true }));
        e.dispatchEvent(new Event('change', { bubbles: true }));
        return 'ok';
      }, value),
    );
    if (outcome !== 'ok') throw new Error(`cannot select in ${describe(target)}: ${outcome}`);
  }

  async click(buttonName: string): Promise<void> {
    await this.act(buttonTarget(buttonName), 'enabled', (button) => this.clickCentre(button));
    await this.settle();
  }

  async hasButton(buttonName: string): Promise<boolean> {
    return (await this.ask({ op: 'count', target: buttonTarget(buttonName), visibleOnly: true })) > 0;
  }

  async isPressed(buttonName: string): Promise<boolean> {
    return this.act(buttonTarget(buttonName), 'attached', (button) =>
      button.evaluate((e) => e.getAttribute('aria-pressed') === 'true'),
    );
  }

  async selectedOption(label: FieldLabel): Promise<string> {
    const target = labelTarget(label);
    const text = await this.act(target, 'attached', (field) =>
      field.evaluate((e) => (e instanceof HTMLSelectElement ? (e.selectedOptions[0]?.text ?? '') : null)),
    );
    if (text === null) throw new Error(`${describe(target)} is not a select`);
    return collapse(text);
  }

  async listItems(listName: string): Promise<string[]> {
    const list = { role: 'list', name: { exact: listName } };
    // An empty list has no height: attached is all there is to wait for.
    await this.locate({ by: 'role', query: list }, 'attached').then((handle) => handle.dispose());
    return this.ask({ op: 'texts', target: { by: 'role', query: { role: 'listitem', within: list } } });
  }

  async regionText(name: string): Promise<string> {
    return this.innerText({ by: 'role', query: { role: 'region', name: { exact: name } } });
  }

  async pageText(): Promise<string> {
    return collapse(await this.page.evaluate(() => document.body.innerText));
  }

  async alertText(): Promise<string> {
    const alerts: Target = { by: 'role', query: { role: 'alert' } };
    const deadline = Date.now() + ALERT_WAIT_MS;
    while ((await this.ask({ op: 'count', target: alerts, visibleOnly: true })) === 0 && Date.now() < deadline) {
      await sleep(POLL_MS);
    }
    return (await this.ask({ op: 'texts', target: alerts })).join(' ').trim();
  }

  async statusText(): Promise<string> {
    return (await this.ask({ op: 'texts', target: { by: 'role', query: { role: 'status' } } })).join(' ').trim();
  }

  async press(key: string): Promise<void> {
    const keys = chord(key);
    const main = keys.pop()!;
    await this.toFront();
    for (const modifier of keys) await this.page.keyboard.down(modifier);
    await this.page.keyboard.press(main);
    for (const modifier of keys.reverse()) await this.page.keyboard.up(modifier);
    await this.settle();
  }

  async type(text: string): Promise<void> {
    await this.toFront();
    await this.page.keyboard.type(text);
  }

  async focused(): Promise<Focused> {
    return this.ask({ op: 'focused' });
  }

  dialogs(): readonly string[] {
    return this.seenDialogs;
  }

  consoleProblems(): readonly string[] {
    return this.problems;
  }

  async emulateColorScheme(scheme: 'light' | 'dark' | null): Promise<void> {
    await this.hooks.colorScheme(scheme);
    await this.settle();
  }

  async setViewportWidth(width: number): Promise<void> {
    const height = this.page.viewport()?.height ?? (await this.page.evaluate(() => innerHeight));
    await this.page.setViewport({ width, height });
    await this.settle();
  }

  async evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    // puppeteer types the argument as FlattenHandle<A>, which is A for the plain data passed here.
    return (await this.page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg)) as R;
  }

  async runScript(source: string): Promise<void> {
    // BiDi's script.evaluate runs it as the debugger would, outside the page's CSP.
    await this.page.evaluate(`${source}\n;undefined`);
  }

  async close(): Promise<void> {
    await this.hooks.close();
  }
}

export class PuppeteerExtensionPage extends PuppeteerPopup implements ExtensionPageDriver {
  /** @param files where uploads are written and downloads saved: BiDi carries neither. */
  constructor(
    page: Page,
    hooks: PageHooks,
    private readonly files: BrowserFiles,
  ) {
    super(page, hooks);
  }

  async chooseFile(label: FieldLabel, fileName: string, content: string | Buffer): Promise<void> {
    const path = await this.files.upload(fileName, content);
    const target = labelTarget(label);
    await this.act(target, 'enabled', async (input) => {
      const isFileInput = await input.evaluate((e) => e instanceof HTMLInputElement && e.type === 'file');
      if (!isFileInput) throw new Error(`${describe(target)} is not a file input`);
      await (input as ElementHandle<HTMLInputElement>).uploadFile(path);
    });
    await this.settle();
  }

  async download(buttonName: string): Promise<DownloadedFile> {
    return this.files.download(() => this.click(buttonName));
  }
}
