import { render } from 'preact';
import type { FirstList } from '../popup/first-list';
import { Simulator } from './Simulator';

/** Puts the simulator under the panel's list, for the same tab, once that tab's site is known. */
export async function mountSimulator(first: Promise<FirstList>, into: HTMLElement): Promise<void> {
  const { list } = await first;
  if (!list) return;
  // Without the list (no access to the site), the panel says why; the simulator has nothing to read.
  const site = await list.then((result) => result.site, () => null);
  if (!site) return;
  render(<Simulator site={site} />, into);
  if (location.hash === '#simulator') into.scrollIntoView();
}
