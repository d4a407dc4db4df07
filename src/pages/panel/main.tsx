import { requestFirstList } from '../popup/first-list';
import '../popup/popup.css';
import './panel.css';
import '../simulator/simulator.css';

// The DevTools panel is the popup's App in a wider layout, on the inspected tab, with the
// request simulator under it; the simulator loads after the list, which comes first.
const first = requestFirstList(location.search);
void import('../popup/boot').then(({ boot }) => {
  boot(first);
  return import('../simulator/mount').then(({ mountSimulator }) => mountSimulator(first, document.getElementById('simulator')!));
});
