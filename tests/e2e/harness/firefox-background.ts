// Firefox's background (an event page) cannot be reached over WebDriver BiDi as a page, but the
// browser window's privileged scope can, when Firefox runs with --remote-allow-system-access:
// there WebExtensionPolicy gives the extension's parent-process object, whose
// terminateBackground() is what about:debugging's "Terminate background script" calls.
import type { ChromeScope } from './firefox-chrome-scope';
import type { TriggerPage } from './stop-trigger';
import type { BackgroundState } from './types';

/** The parts of nsICookieNotification read here. */
interface CookieNotification {
  action: number;
  batchDeletedCookies: { length: number } | null;
}

/** What the privileged scope offers, as far as used here. */
interface PrivilegedGlobal {
  Ci: {
    nsICookieNotification: {
      COOKIE_DELETED: number;
      COOKIE_ADDED: number;
      COOKIE_CHANGED: number;
      COOKIES_BATCH_DELETED: number;
    };
  };
  Services: {
    obs: {
      addObserver(observer: (subject: { QueryInterface(iid: unknown): CookieNotification }) => void, topic: string): void;
      removeObserver(observer: (subject: { QueryInterface(iid: unknown): CookieNotification }) => void, topic: string): void;
    };
  };
  /** An armed stop, kept between the harness's separate calls into the window. */
  crumbStopTrigger?: { fired: Promise<string>; disarm(): void };
  WebExtensionPolicy: {
    getByID(id: string):
      | {
          extension: {
            /** "starting", "running", "suspending" or "stopped". */
            backgroundState: string;
            terminateBackground(options: { ignoreDevToolsAttached: boolean; disableResetIdleForTest: boolean }): Promise<void>;
          };
        }
      | null;
  };
}

/** Runs in the browser window's privileged scope. */
function stateInChrome(geckoId: string): string {
  const policy = (globalThis as unknown as PrivilegedGlobal).WebExtensionPolicy.getByID(geckoId);
  if (!policy) throw new Error(`no extension ${geckoId} is installed`);
  return policy.extension.backgroundState;
}

/** Runs in the browser window's privileged scope; answers the state it leaves. */
async function terminateInChrome(geckoId: string): Promise<string> {
  const policy = (globalThis as unknown as PrivilegedGlobal).WebExtensionPolicy.getByID(geckoId);
  if (!policy) throw new Error(`no extension ${geckoId} is installed`);
  const { extension } = policy;
  // Terminating a stopped background only logs an error; one that is still starting is left alone.
  if (extension.backgroundState === 'running') {
    // Without these, an attached debugger, pending listener calls or open native ports keep it alive.
    await extension.terminateBackground({ ignoreDevToolsAttached: true, disableResetIdleForTest: true });
  }
  return extension.backgroundState;
}

/**
 * Runs in the browser window's privileged scope: counts cookie changes the way Firefox's
 * cookies.onChanged reports them (a change is a removal then an addition, a batch one per
 * cookie), and terminates the background a task after the count-th, from the parent process
 * itself. From Node, the stop landed up to 40 removals late on a busy machine, and sometimes
 * after the end of a 150-cookie batch.
 */
function armInChrome(geckoId: string, count: number): string {
  const scope = globalThis as unknown as PrivilegedGlobal;
  scope.crumbStopTrigger?.disarm();
  const kinds = scope.Ci.nsICookieNotification;
  let seen = 0;
  // Removing an observer twice throws.
  let observing = true;
  const stopObserving = (): void => {
    if (observing) scope.Services.obs.removeObserver(observe, 'cookie-changed');
    observing = false;
  };
  let settle: (outcome: string) => void = () => undefined;
  const fired = new Promise<string>((resolve) => {
    settle = resolve;
  });
  const observe = (subject: { QueryInterface(iid: unknown): CookieNotification }): void => {
    const notification = subject.QueryInterface(kinds);
    if (notification.action === kinds.COOKIE_DELETED || notification.action === kinds.COOKIE_ADDED) seen += 1;
    else if (notification.action === kinds.COOKIE_CHANGED) seen += 2;
    else if (notification.action === kinds.COOKIES_BATCH_DELETED) seen += notification.batchDeletedCookies?.length ?? 0;
    if (seen < count) return;
    stopObserving();
    setTimeout(() => {
      const extension = scope.WebExtensionPolicy.getByID(geckoId)?.extension;
      const terminated = extension?.backgroundState === 'running'
        ? extension.terminateBackground({ ignoreDevToolsAttached: true, disableResetIdleForTest: true })
        : Promise.resolve();
      // Node makes sure it stopped: an event reaching the background while it suspends cancels this.
      void terminated.finally(() => settle('fired'));
    }, 0);
  };
  scope.Services.obs.addObserver(observe, 'cookie-changed');
  scope.crumbStopTrigger = {
    fired,
    disarm() {
      stopObserving();
      settle('disarmed');
    },
  };
  return 'armed';
}

/** Runs in the browser window's privileged scope. */
function firedInChrome(): Promise<string> {
  return (globalThis as unknown as PrivilegedGlobal).crumbStopTrigger?.fired ?? Promise.resolve('disarmed');
}

/** Runs in the browser window's privileged scope. */
function disarmInChrome(): string {
  const scope = globalThis as unknown as PrivilegedGlobal;
  scope.crumbStopTrigger?.disarm();
  delete scope.crumbStopTrigger;
  return 'disarmed';
}

const STOP_TIMEOUT_MS = 10_000;

export class FirefoxBackground {
  constructor(
    private readonly scope: ChromeScope,
    private readonly geckoId: string,
  ) {}

  /** Calls `fn(geckoId, ...args)` in the window's privileged scope and answers the string it returns. */
  private callInChrome<A extends number[]>(fn: (geckoId: string, ...args: A) => string | Promise<string>, ...args: A): Promise<string> {
    return this.scope.call(fn, this.geckoId, ...args);
  }

  /** A stop trigger counting cookie changes in the parent process (see armInChrome). */
  get trigger(): TriggerPage {
    return {
      arm: async (count) => {
        await this.callInChrome(armInChrome, count);
      },
      fired: async () => (await this.callInChrome(firedInChrome)) === 'fired',
      disarm: async () => {
        await this.callInChrome(disarmInChrome);
      },
    };
  }

  async state(): Promise<BackgroundState> {
    const state = await this.callInChrome(stateInChrome);
    if (state === 'suspending') return 'stopping';
    if (state === 'starting' || state === 'running' || state === 'stopped') return state;
    throw new Error(`unknown background state ${state}`);
  }

  /**
   * terminateBackground() gives up when the background is still starting, or when an event
   * reaches it while it suspends: it is called again until the background is stopped.
   */
  async stop(): Promise<void> {
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    for (;;) {
      const state = await this.callInChrome(terminateInChrome);
      if (state === 'stopped') return;
      if (Date.now() > deadline) throw new Error(`the background was not stopped within ${STOP_TIMEOUT_MS} ms (it is ${state})`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
