import { render } from 'preact';
import { App, type Surface } from './App';
import type { FirstList } from './first-list';

/** `key`: a new one starts the App afresh, for another tab (the side panel following the active tab). */
export function boot(first: Promise<FirstList>, surface: Surface, key = 0): void {
  render(<App key={key} first={first} surface={surface} />, document.getElementById('app')!);
}
