import { targetTabId } from '../shared/messaging';
import { followPreferences } from '../shared/preference-mirror';
import { requestFirstList } from '../popup/first-list';
import '../shared/tokens.css';
import '../popup/popup.css';
import './panel.css';

// The DevTools panel is the popup's App in a wider layout, on the inspected tab.
const first = requestFirstList(targetTabId(location.search));
followPreferences();
void import('../popup/boot').then(({ boot }) => boot(first, { offerSidePanel: false, closeAfterSidePanel: false }));
