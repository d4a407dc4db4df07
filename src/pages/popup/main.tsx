import { targetTabId } from '../shared/messaging';
import { followPreferences } from '../shared/preference-mirror';
import { requestFirstList } from './first-list';
import '../shared/tokens.css';
import './popup.css';

// The list is what the first screen waits for: it is asked for first, and the UI loads meanwhile.
const first = requestFirstList(targetTabId(location.search));
followPreferences();
// A popup opened as a page on a given tab (?tabId) is not the toolbar's: it stays when the side panel opens.
const surface = { offerSidePanel: true, closeAfterSidePanel: !new URLSearchParams(location.search).has('tabId') };
void import('./boot').then(({ boot }) => boot(first, surface));
