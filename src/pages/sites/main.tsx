import { send } from '../shared/messaging';
import { storeIdFrom } from './store-id';
import '../popup/popup.css';
import './sites.css';

const storeId = storeIdFrom(location);
// The list is the slow part: it is asked for first, and the UI's code loads while it comes.
const firstList = send<'listStore'>({ type: 'listStore', storeId });
// SitesApp handles a failure once mounted; until then the browser would call it unhandled.
firstList.catch(() => undefined);
void import('./boot').then(({ boot }) => boot(storeId, firstList));
