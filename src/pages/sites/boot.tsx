import { render } from 'preact';
import { t } from '../shared/i18n';
import { SitesApp } from './SitesApp';
import type { ListingFeed } from './store-listing';
import type { ChangeSource } from './change-source';

export function boot(storeId: string, firstFeed: ListingFeed, changes: ChangeSource): void {
  document.title = t('sitesTitle');
  render(<SitesApp initialStoreId={storeId} firstFeed={firstFeed} changes={changes} />, document.getElementById('app')!);
}
