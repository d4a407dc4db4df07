// Every look a page can have: the system's light and dark, and the theme a user chose
// (data-theme on <html>) overriding the system's, each checked by the same assertion.
import type { PopupDriver } from './types';

export type Theme = 'light' | 'dark';

export interface ThemeCase {
  /** What the system asks for (prefers-color-scheme). */
  system: Theme;
  /** The user's choice on <html data-theme>, or none: follow the system. */
  chosen: Theme | null;
  /** What the page must look like. */
  expected: Theme;
}

export const THEME_CASES: readonly ThemeCase[] = [
  { system: 'light', chosen: null, expected: 'light' },
  { system: 'dark', chosen: null, expected: 'dark' },
  { system: 'dark', chosen: 'light', expected: 'light' },
  { system: 'light', chosen: 'dark', expected: 'dark' },
];

export function describeTheme(c: ThemeCase): string {
  return c.chosen ? `${c.expected} (data-theme="${c.chosen}", system ${c.system})` : `${c.expected} (system)`;
}

async function applyTheme(page: PopupDriver, c: ThemeCase): Promise<void> {
  await page.emulateColorScheme(c.system);
  await page.evaluate((chosen: Theme | null) => {
    if (chosen) document.documentElement.dataset.theme = chosen;
    else delete document.documentElement.dataset.theme;
  }, c.chosen);
}

/** Whether the page's background is light or dark, from its computed colour. */
async function shownTheme(page: PopupDriver): Promise<Theme> {
  const luminance = await page.evaluate(() => {
    const [r = 0, g = 0, b = 0] = (getComputedStyle(document.body).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });
  return luminance > 0.5 ? 'light' : 'dark';
}

/**
 * Runs `check` once per theme case, after making sure the page really shows that theme (a
 * check that passed in the wrong theme would prove nothing). Leaves the page following the system.
 */
export async function inEveryTheme(page: PopupDriver, check: (theme: string) => Promise<void>): Promise<void> {
  try {
    for (const c of THEME_CASES) {
      await applyTheme(page, c);
      const shown = await shownTheme(page);
      if (shown !== c.expected) throw new Error(`the page looks ${shown} where it should be ${describeTheme(c)}`);
      await check(describeTheme(c));
    }
  } finally {
    await applyTheme(page, { system: 'light', chosen: null, expected: 'light' });
    await page.emulateColorScheme(null);
  }
}
