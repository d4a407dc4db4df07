import { targetTabId } from '../shared/messaging';
import { followPreferences } from '../shared/preference-mirror';
import { requestFirstList } from '../popup/first-list';
import '../shared/tokens.css';
import '../popup/popup.css';
import '../popup/later.css';
import './panel.css';
import '../inspector/inspector.css';
import '../simulator/simulator.css';

// The DevTools panel is the popup's App in a wider layout, on the inspected tab, with the
// Set-Cookie inspector and the request simulator under it; they load after the list.
const first = requestFirstList(targetTabId(location.search));
followPreferences();
void import('../popup/boot').then(({ boot }) => {
  boot(first, { offerSidePanel: false, closeAfterSidePanel: false });
  return import('./below-list').then(({ mountBelowList }) => mountBelowList(first, document.getElementById('below-list')!));
});
