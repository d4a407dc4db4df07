import { render } from 'preact';
import type { FirstList } from '../popup/first-list';
import { Simulator } from '../simulator/Simulator';
import { DevtoolsInspector } from './DevtoolsInspector';

/** What the panel adds under the popup's list, for the same tab, once that tab's site is known. */
export async function mountBelowList(first: Promise<FirstList>, into: HTMLElement): Promise<void> {
  const { list } = await first;
  if (!list) return;
  // Without the list (no access to the site), the panel says why; these have nothing to read.
  const site = await list.then((result) => result.site, () => null);
  if (!site) return;
  render(
    <>
      <DevtoolsInspector tabId={site.tabId} pageUrl={site.url} />
      <Simulator site={site} />
    </>,
    into,
  );
  if (location.hash === '#simulator') document.getElementById('simulator')?.scrollIntoView();
}
