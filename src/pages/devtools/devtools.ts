import { t } from '../shared/i18n';

// The panel page targets the inspected tab through ?tabId, as the popup does in tests.
chrome.devtools.panels.create(
  t('devtoolsPanelTitle'),
  'icons/crumb-32.png',
  `src/pages/panel/index.html?tabId=${chrome.devtools.inspectedWindow.tabId}`,
);
