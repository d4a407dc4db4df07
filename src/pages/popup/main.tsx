import { targetTabId } from '../shared/messaging';
import { followPreferences } from '../shared/preference-mirror';
import { requestFirstList } from './first-list';
import { paintFirstRows, type FirstRows } from './first-rows';
import laterCss from './later.css?url';
import { addStylesheet } from './stylesheet';
import '../shared/tokens.css';
import './popup.css';

// The list is what the first screen waits for: it is asked for first.
const first = requestFirstList(targetTabId(location.search));
followPreferences();
// A popup opened as a page on a given tab (?tabId) is not the toolbar's: it stays when the side panel opens.
const surface = { offerSidePanel: true, closeAfterSidePanel: !new URLSearchParams(location.search).has('tabId') };
// The rows are painted without the UI's code and styles, which are fetched only then: the bytes
// before the first row are this module's and the first CSS. A failed list paints nothing; the App tells why.
void first
  .then(({ list }) => list?.then((answer): FirstRows => paintFirstRows(document.getElementById('app')!, answer), () => undefined))
  .then(async (painted) => {
    const [{ boot }] = await Promise.all([import('./boot'), addStylesheet(laterCss)]);
    boot(first, surface, 0, painted);
  });
