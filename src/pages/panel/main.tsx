import { requestFirstList } from '../popup/first-list';
import '../popup/popup.css';
import './panel.css';
import '../inspector/inspector.css';
import '../simulator/simulator.css';

// The DevTools panel is the popup's App in a wider layout, on the inspected tab, with the
// Set-Cookie inspector and the request simulator under it; they load after the list.
const first = requestFirstList(location.search);
void import('../popup/boot').then(({ boot }) => {
  boot(first);
  return import('./below-list').then(({ mountBelowList }) => mountBelowList(first, document.getElementById('below-list')!));
});
