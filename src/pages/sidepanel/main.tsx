import { followPreferences } from '../shared/preference-mirror';
import { requestFirstList } from '../popup/first-list';
import { followActiveTab } from './active-tab';
import '../shared/tokens.css';
import '../popup/popup.css';
import './sidepanel.css';

followPreferences();
let shown = 0;
// The popup's App, started afresh for each tab the user turns to: no reload of the panel.
followActiveTab(location.search, (tabId) => {
  const first = requestFirstList(Promise.resolve(tabId));
  const key = ++shown;
  void import('../popup/boot').then(({ boot }) => boot(first, { offerSidePanel: false, closeAfterSidePanel: false }, key));
});
