import { render } from 'preact';
import { App, type Surface } from './App';
import type { FirstList } from './first-list';
import type { FirstRows } from './first-rows';

/**
 * `key`: a new one starts the App afresh, for another tab (the side panel following the active tab).
 * `painted`: the rows already in the page, which the App's first render takes over.
 */
export function boot(first: Promise<FirstList>, surface: Surface, key = 0, painted?: FirstRows): void {
  const shown = painted && { list: painted.list, clicked: painted.handOver() };
  render(<App key={key} first={first} surface={surface} shown={shown} />, document.getElementById('app')!);
}
