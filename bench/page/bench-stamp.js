// Loaded by the bench as the first classic script in <head> of every page it measures (in its
// own copy of the extension only). It watches the DOM from the start and notes, on the page's
// own clock, when the list named "Cookies" shows its first row and all of its rows, and when
// the DOM changes after an input event, so nothing depends on round trips to Playwright.
(() => {
  const expected = Number(new URLSearchParams(location.hash.slice(1)).get('rows')) || Number.POSITIVE_INFINITY;
  const label = chrome.i18n.getMessage('cookies') || 'Cookies';
  // The popup's count line says this when every cookie is listed, even if only some rows are in the DOM,
  // with the number written as the pages write it ("3,300 cookies": src/pages/shared/i18n.ts).
  const allText = Number.isFinite(expected) ? chrome.i18n.getMessage('countAll', [expected.toLocaleString(chrome.i18n.getUILanguage())]) : '';
  const ITEMS = 'li, [role="listitem"], [role="row"]';

  /** @type {import('../stamps.js').Stamps} */
  const stamps = { script: performance.now(), firstRow: null, firstRowPainted: null, fullList: null, rowsAtFirst: 0, loadedAtFirstRow: null, input: null, updates: [], frameAfterUpdate: null, message: null };
  /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window)).crumbBenchStamps = stamps;

  // The page's first message and its answer: in a toolbar popup whose background was stopped,
  // the gap holds the background's start. Pages reach sendMessage through this same object.
  const runtime = (/** @type {{browser?: typeof chrome}} */ (/** @type {unknown} */ (globalThis)).browser ?? chrome).runtime;
  const send = runtime.sendMessage;
  runtime.sendMessage = /** @type {typeof send} */ (
    (/** @type {unknown[]} */ ...args) => {
      const sent = performance.now();
      const answer = /** @type {(...a: unknown[]) => unknown} */ (send).apply(runtime, args);
      // Firefox's promise may come from another global: no instanceof.
      const then = /** @type {{then?: unknown} | undefined} */ (answer)?.then;
      if (stamps.message === null && typeof then === 'function') {
        const message = { sent, answered: /** @type {number | null} */ (null) };
        stamps.message = message;
        const note = () => {
          message.answered = performance.now();
        };
        then.call(answer, note, note);
      }
      return answer;
    }
  );

  // Stylesheets, module scripts and preloads fire load once their file is in; load does not
  // bubble, but a listener on the capture path hears it.
  /** @type {string[]} */
  const loadedFiles = [];
  document.addEventListener(
    'load',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLLinkElement) loadedFiles.push(target.href);
      else if (target instanceof HTMLScriptElement && target.src) loadedFiles.push(target.src);
    },
    true,
  );

  /** @returns {Element | null} */
  const findList = () => {
    const labelled = document.querySelector(`[aria-label="${label}"]`);
    if (labelled) return labelled;
    for (const element of document.querySelectorAll('[aria-labelledby]')) {
      const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/);
      const name = ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ').trim();
      if (name === label) return element;
    }
    return null;
  };

  /** @param {Element} list */
  const countSaysAll = (list) => {
    if (!allText) return false;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT, {
      acceptNode: (node) => (node === list ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = /** @type {Element} */ (node);
      if (element.childElementCount === 0 && element.textContent?.trim() === allText) return true;
    }
    return false;
  };

  // A task posted from requestAnimationFrame runs once that frame's style, layout and paint are done.
  /** @param {(now: number) => void} note */
  const afterNextFrame = (note) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => note(performance.now());
      channel.port2.postMessage(null);
    });

  new MutationObserver(() => {
    const now = performance.now();
    if (stamps.input !== null) {
      stamps.updates.push(now);
      afterNextFrame((painted) => {
        stamps.frameAfterUpdate = painted;
      });
    }
    if (stamps.fullList !== null) return;
    const list = findList();
    if (!list) return;
    const rows = list.querySelectorAll(ITEMS).length;
    if (rows > 0 && stamps.firstRow === null) {
      stamps.firstRow = now;
      stamps.rowsAtFirst = rows;
      // What the page had loaded by then: the document, the files whose element said so, and
      // the modules that had run (the bench's copy marks each; see extension-copy.js).
      const ran = /** @type {{crumbBenchRan?: string[]}} */ (/** @type {unknown} */ (globalThis)).crumbBenchRan ?? [];
      stamps.loadedAtFirstRow = [location.href, ...loadedFiles, ...ran].map((url) => new URL(url, location.href).pathname.slice(1));
      afterNextFrame((painted) => {
        stamps.firstRowPainted = painted;
      });
    }
    if (rows > 0 && (rows >= expected || countSaysAll(list))) stamps.fullList = now;
  }).observe(document, { childList: true, subtree: true, characterData: true });

  addEventListener(
    'input',
    (event) => {
      stamps.input = event.timeStamp;
      stamps.updates = [];
      stamps.frameAfterUpdate = null;
    },
    true,
  );
})();
