// Stopping the background after the k-th cookie change, for both browsers. The changes are
// counted outside the background (it is what gets stopped): in Chromium by an extension page the
// harness keeps, in Firefox by the parent process (see firefox-background.ts). Node then makes
// sure the stop happened, through the driver that can stop a background.
import type { AwaitBackgroundStop } from './types';

interface Trigger {
  /** True once the count was reached; false when disarmed first. */
  fired: Promise<boolean>;
  disarm(): void;
}

/** Where the page keeps the armed trigger between the harness's separate evaluations. */
interface TriggerSlot {
  crumbStopTrigger?: Trigger;
}

/** Runs in the extension page: counts the cookie changes from now on. */
export function armInPage(count: number): void {
  const slot = globalThis as TriggerSlot;
  slot.crumbStopTrigger?.disarm();
  let seen = 0;
  let settle: (fired: boolean) => void = () => undefined;
  const fired = new Promise<boolean>((resolve) => {
    settle = resolve;
  });
  const onChanged = (): void => {
    seen += 1;
    if (seen < count) return;
    chrome.cookies.onChanged.removeListener(onChanged);
    settle(true);
  };
  chrome.cookies.onChanged.addListener(onChanged);
  slot.crumbStopTrigger = {
    fired,
    disarm() {
      chrome.cookies.onChanged.removeListener(onChanged);
      settle(false);
    },
  };
}

/** Runs in the extension page: settles when the armed trigger fires or is disarmed. */
export function firedInPage(): Promise<boolean> {
  return (globalThis as TriggerSlot).crumbStopTrigger?.fired ?? Promise.resolve(false);
}

/** Runs in the extension page. */
export function disarmInPage(): void {
  const slot = globalThis as TriggerSlot;
  slot.crumbStopTrigger?.disarm();
  delete slot.crumbStopTrigger;
}

/** The page functions above, run by a driver in the harness's extension page. */
export interface TriggerPage {
  arm(count: number): Promise<void>;
  fired(): Promise<boolean>;
  disarm(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** Arms the page's trigger; `stop` runs as soon as the page reports the count-th change. */
export async function armBackgroundStop(page: TriggerPage, count: number, stop: () => Promise<void>): Promise<AwaitBackgroundStop> {
  if (!Number.isInteger(count) || count < 1) throw new Error(`stopBackgroundAfterChanges needs a count of 1 or more, not ${count}`);
  await page.arm(count);
  const stopped = page.fired().then(async (fired) => {
    if (fired) await stop();
    return fired;
  });
  // Reported by the waiter; a test that never waits must not fail the run with an unhandled rejection.
  stopped.catch(() => undefined);
  return async (timeoutMs = DEFAULT_TIMEOUT_MS) => {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timed out'>((resolve) => {
      timer = setTimeout(() => resolve('timed out'), timeoutMs);
    });
    const outcome = await Promise.race([stopped, timedOut]).finally(() => clearTimeout(timer));
    if (outcome === 'timed out') {
      await page.disarm();
      throw new Error(`the background was not stopped: fewer than ${count} cookie changes were reported within ${timeoutMs} ms`);
    }
    if (!outcome) throw new Error(`the stop after ${count} cookie changes was disarmed (by reset()) before it fired`);
  };
}
