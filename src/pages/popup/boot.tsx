import { render } from 'preact';
import { App } from './App';
import type { FirstList } from './first-list';

export function boot(first: Promise<FirstList>): void {
  render(<App first={first} />, document.getElementById('app')!);
}
