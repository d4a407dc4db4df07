/**
 * What a scenario may ask of a browser. Scenarios depend on these interfaces only, so one
 * scenario definition runs in every browser that has a driver (Chromium through Playwright
 * now, Firefox through puppeteer-core later).
 */
import type { Cookie } from '../../../src/core/cookie';

export interface Attachment {
  name: string;
  contentType: string;
  body: Buffer;
}

/** A browser tab showing a page of the test site. */
export interface Tab {
  /** The id the extension APIs use for this tab (what the popup's `?tabId=` takes). */
  readonly id: number;
  readonly url: string;
}

/** A tab of a private window (Chrome: incognito), with the store its cookies live in. */
export interface PrivateTab extends Tab {
  readonly storeId: string;
}

export interface SiteCookieOptions {
  /**
   * Origin of a top-level page (e.g. https://top.test:PORT) that embeds the URL's origin in an
   * iframe; the request is then made from that frame, so it carries the cookies partitioned
   * under that top-level site instead of the unpartitioned ones.
   */
  embeddedIn?: string;
}

/**
 * The extension background's life cycle as the browser reports it: Chromium's service worker
 * running status, or Firefox's event page state (whose "suspending" is "stopping" here).
 */
export type BackgroundState = 'starting' | 'running' | 'stopping' | 'stopped';

/**
 * Waits until an armed stop of the background has happened; throws if it has not within
 * `timeoutMs` (default 10 s), and then disarms it.
 */
export type AwaitBackgroundStop = (timeoutMs?: number) => Promise<void>;

export interface BrowserHarness {
  readonly name: 'chromium' | 'firefox';
  /** Opens the URL in a new tab and waits for it (and its frames) to load. */
  openSite(url: string): Promise<Tab>;
  /** Loads the URL in a tab openSite opened, and waits for it (and its frames) to load. */
  navigateSite(tab: Tab, url: string): Promise<void>;
  /** The popup page targeting the tab (`?tabId=`), opened in a tab of its own. */
  openPopup(tab: Tab): Promise<PopupDriver>;
  /**
   * The DevTools panel's page targeting the tab (`?tabId=`, as DevTools passes the inspected
   * tab), opened in a tab of its own: the same controls as the popup, in the wide layout.
   */
  openPanel(tab: Tab): Promise<PopupDriver>;
  /**
   * The popup as the browser's toolbar opens it for the tab (made the active tab first).
   * Absent where the browser cannot be driven that way.
   */
  openToolbarPopup?(tab: Tab): Promise<PopupDriver>;
  /**
   * The Cookie header the site receives for a same-origin fetch of `url` (a path ending in
   * /echo), made by a page of that origin: what the site sees, not what the API reports.
   */
  siteCookieHeader(url: string, options?: SiteCookieOptions): Promise<string>;
  /**
   * The Cookie header the site receives when a new tab opens `url` (a path ending in /echo.html)
   * at top level, as a typed address or a bookmark would.
   */
  navigationCookieHeader(url: string): Promise<string>;
  /** Every cookie the browser holds, partitioned or not, read through the cookies API. For assertions only. */
  browserCookies(): Promise<Cookie[]>;
  /**
   * Opens the URL in a new private window (Chrome: incognito; Crumb is allowed there) and waits
   * for it to load. reset() closes it.
   */
  openPrivateSite(url: string): Promise<PrivateTab>;
  /**
   * Closes every private window, which ends the private session and its cookie store; resolves
   * once the browser no longer lists a private store.
   */
  closePrivateWindows(): Promise<void>;
  /** The cookies of one store (e.g. a private tab's), partitioned or not, read through the cookies API. For assertions only. */
  storeCookies(storeId: string): Promise<Cookie[]>;
  /** Removes every cookie the browser holds, partitioned or not; the open pages stay. */
  clearCookies(): Promise<void>;
  /**
   * An extension page that is not the popup (a path inside the extension, e.g.
   * `src/pages/sites/index.html`), opened in a tab of its own; reset() closes it.
   */
  openExtensionPage(path: string): Promise<ExtensionPageDriver>;
  /**
   * Stops the extension's background now, as the browser does when it is idle or after a crash,
   * whatever it is doing, and resolves once the browser reports it stopped. It starts again on
   * the next event it listens to: a message or connection from a page, or a cookie change.
   */
  stopBackground(): Promise<void>;
  /**
   * Arms a stop of the background for when `count` more cookie changes (`cookies.onChanged`
   * events: one per cookie removed, two for an overwrite) have been reported, to interrupt a
   * batch in its middle. The changes are counted outside the background (Chromium: an extension
   * page the harness keeps, which Node then stops the worker for; Firefox: the parent process,
   * which terminates it a task after the count-th), so the background may get a change or so
   * further first. Resolves once armed; reset() disarms.
   */
  stopBackgroundAfterChanges(count: number): Promise<AwaitBackgroundStop>;
  /** The state of the extension's background now. */
  backgroundState(): Promise<BackgroundState>;
  /** Screenshots and accessibility trees of the open pages, attached to a failed test's report. */
  captureForFailure(): Promise<Attachment[]>;
  /** Between tests: no cookies, no tabs but a blank one. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A form control's exact label, or, where a page repeats a label (an "Import" and an "Export"
 * section, each with a "Format"), that label inside the region with this exact name.
 */
export type FieldLabel = string | { region: string; label: string };

/** A file the browser saved: the name the page gave it, and its content. */
export interface DownloadedFile {
  name: string;
  text: string;
}

/** The focused element, as assistive technology would announce it. */
export interface Focused {
  role: string;
  name: string;
}

/**
 * The popup, driven the way a user does: controls are found by role and accessible name
 * (see the UI contract in /work/shared/product-notes.md), never by CSS class or test id.
 */
export interface PopupDriver {
  /** Accessible names of the row buttons in the "Cookies" list, in display order. */
  rowNames(): Promise<string[]>;
  /** The visible text of the row (list item) whose button name matches exactly: name, where, value preview, expiry, badges. */
  rowText(name: string): Promise<string>;
  /** Activates the row button whose accessible name matches, opening the editor. */
  openRow(name: string | RegExp): Promise<void>;
  /** The text of the editor's heading ("New cookie", "Edit cookie"), or null when the editor is closed. */
  editorHeading(): Promise<string | null>;
  /** Replaces the content of the text field, textarea, number or date field with this label. */
  fill(label: FieldLabel, value: string): Promise<void>;
  /** The current value of the field with this label. */
  fieldValue(label: FieldLabel): Promise<string>;
  setChecked(label: FieldLabel, checked: boolean): Promise<void>;
  isChecked(label: FieldLabel): Promise<boolean>;
  isDisabled(label: FieldLabel): Promise<boolean>;
  /** Picks the option with this value (or else this visible text) in the select with this label. */
  select(label: FieldLabel, value: string): Promise<void>;
  click(buttonName: string): Promise<void>;
  /** Whether a button with this exact accessible name is visible. */
  hasButton(buttonName: string): Promise<boolean>;
  /** Whether the toggle button with this exact accessible name is pressed (aria-pressed="true"). */
  isPressed(buttonName: string): Promise<boolean>;
  /** The visible text of the selected option of the select with this label. */
  selectedOption(label: FieldLabel): Promise<string>;
  /** The visible text of each item of the list with this exact accessible name, in display order. */
  listItems(listName: string): Promise<string[]>;
  /** The visible text of the region (e.g. a labelled section) with this exact accessible name. */
  regionText(name: string): Promise<string>;
  /** All the visible text of the page, whitespace collapsed: for what has no role or name of its own. */
  pageText(): Promise<string>;
  /** Text of the visible role=alert elements (joined), or "" when there is none, after waiting briefly for one. */
  alertText(): Promise<string>;
  /** Text of the visible role=status elements (joined), or "" when there is none. */
  statusText(): Promise<string>;
  /** Presses a key or chord on whatever has focus, e.g. "Tab", "Enter", "Control+a". */
  press(key: string): Promise<void>;
  /** Types text into whatever has focus, key by key. */
  type(text: string): Promise<void>;
  focused(): Promise<Focused>;
  /** Messages of alert/confirm/prompt dialogs the page raised (a cookie value must never run). */
  dialogs(): readonly string[];
  /** Errors and warnings the page logged or threw since it opened, as "level: text". */
  consoleProblems(): readonly string[];
  /**
   * Makes the page see `prefers-color-scheme` as this scheme (null: as the system has it).
   * In Firefox the setting is browser-wide until reset().
   */
  emulateColorScheme(scheme: 'light' | 'dark' | null): Promise<void>;
  /** Resizes the page's viewport to this many CSS pixels (height stays). */
  setViewportWidth(width: number): Promise<void>;
  /** Runs `fn` in the page and answers its result; `fn` is serialized, so it must be self-contained. */
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Runs a classic script's source in the page through the driver's protocol, which the
   * page's Content-Security-Policy does not govern (extension pages refuse inline scripts).
   */
  runScript(source: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * An extension page driven like the popup, plus files chosen and downloaded. In its scripts the
 * WebExtension API is `chrome.*` in both browsers (promise-returning in MV3), and `browser.*` in Firefox.
 */
export interface ExtensionPageDriver extends PopupDriver {
  /** Chooses a file with this name and content in the file input with this label, as a user picking it would. */
  chooseFile(label: FieldLabel, fileName: string, content: string | Buffer): Promise<void>;
  /** Clicks the button with this exact name and answers the file the browser downloads because of it. */
  download(buttonName: string): Promise<DownloadedFile>;
}
