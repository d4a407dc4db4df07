// WCAG 1.4.10 Reflow: at 320 CSS px (what 1280 px at 400 % zoom, or a narrow side panel, gives)
// nothing scrolls sideways and no control is cut off.
import type { PopupDriver } from './types';

export interface ReflowReport {
  /** How far the page scrolls sideways, in CSS px (0 when it reflows). */
  sideways: number;
  /** Controls that stick out of the viewport or out of an ancestor that clips them, by role-ish description. */
  clipped: string[];
}

/** Runs in the page. */
function reflowInPage(): ReflowReport {
  const width = document.documentElement.clientWidth;
  const sideways = Math.max(0, document.documentElement.scrollWidth - width);
  const clipped: string[] = [];
  const describe = (e: Element) =>
    `${e.tagName.toLowerCase()} "${(e.getAttribute('aria-label') ?? (e as HTMLElement).innerText ?? '').trim().slice(0, 40) || e.id}"`;
  for (const control of document.querySelectorAll('button, input, select, textarea, a[href], summary')) {
    const box = control.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || getComputedStyle(control).visibility === 'hidden') continue;
    let scrolled = false;
    let limit = { left: 0, right: width };
    for (let parent = control.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      const overflow = getComputedStyle(parent).overflowX;
      // Inside a scrolling box (a wide table) a control can be scrolled to.
      if (overflow === 'auto' || overflow === 'scroll') {
        scrolled = true;
        break;
      }
      if (overflow === 'hidden' || overflow === 'clip') {
        const clip = parent.getBoundingClientRect();
        limit = { left: Math.max(limit.left, clip.left), right: Math.min(limit.right, clip.right) };
      }
    }
    if (scrolled) continue;
    if (box.left < limit.left - 1 || box.right > limit.right + 1) clipped.push(describe(control));
  }
  return { sideways, clipped };
}

/** Sets the page to `width` CSS px and reports what does not reflow. */
export async function reflowAt(page: PopupDriver, width: number): Promise<ReflowReport> {
  await page.setViewportWidth(width);
  return page.evaluate(reflowInPage);
}
