import { render } from 'preact';
import { send } from '../shared/messaging';
import { t } from '../shared/i18n';
import { SitesApp } from './SitesApp';
import { storeIdFrom } from './store-id';
import '../popup/popup.css';
import './sites.css';

const storeId = storeIdFrom(location);
// Asked before the first render: the list is the slow part, the empty page is not.
const firstList = send<'listStore'>({ type: 'listStore', storeId });
// SitesApp handles a failure once mounted; until then the browser would call it unhandled.
firstList.catch(() => undefined);
document.title = t('sitesTitle');
render(<SitesApp initialStoreId={storeId} firstList={firstList} />, document.getElementById('app')!);
