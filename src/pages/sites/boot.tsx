import { render } from 'preact';
import type { StoreListResult } from '../../core/protocol';
import { t } from '../shared/i18n';
import { SitesApp } from './SitesApp';

export function boot(storeId: string, firstList: Promise<StoreListResult>): void {
  document.title = t('sitesTitle');
  render(<SitesApp initialStoreId={storeId} firstList={firstList} />, document.getElementById('app')!);
}
