import { render } from 'preact';
import { t } from '../shared/i18n';
import { SitesApp } from './SitesApp';
import type { ListingFeed } from './store-listing';

export function boot(storeId: string, firstFeed: ListingFeed): void {
  document.title = t('sitesTitle');
  render(<SitesApp initialStoreId={storeId} firstFeed={firstFeed} />, document.getElementById('app')!);
}
