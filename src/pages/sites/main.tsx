import { openChangeSource } from './change-source';
import { DEFAULT_SORT } from './sort';
import { openListing, rowsToFill } from './store-listing';
import { storeIdFrom } from '../shared/store-param';
import { followPreferences } from '../shared/preference-mirror';
import '../shared/tokens.css';
import '../popup/popup.css';
import '../popup/later.css';
import './sites.css';

const storeId = storeIdFrom(location);
// Before the listing: a change made after the store is read must reach the page.
const changes = openChangeSource();
// The list is the slow part: it is asked for first, and the UI's code loads while it comes.
// The window's height is more than the table gets under the toolbar: enough for a first screen.
const firstFeed = openListing(storeId, DEFAULT_SORT, rowsToFill(innerHeight));
followPreferences();
void import('./boot').then(({ boot }) => boot(storeId, firstFeed, changes));
