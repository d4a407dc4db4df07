import { render } from 'preact';
import { t } from '../shared/i18n';
import { CrashGuard } from '../shared/CrashGuard';
import { InspectorApp } from './InspectorApp';
import '../shared/tokens.css';
import '../popup/popup.css';
import '../popup/later.css';
import './inspector.css';

const params = new URLSearchParams(location.search);
const tabId = Number(params.get('tabId'));
// `record=1` comes from the popup, which asked for the permission: it starts a recording once,
// and a reload of this page must not start another one (which would empty the list).
const startNow = params.get('record') === '1';
if (startNow) {
  params.delete('record');
  history.replaceState(null, '', `${location.pathname}?${params.toString()}`);
}

document.title = t('inspectTitle');
render(
  <CrashGuard crashed="inspectCrashed">
    <InspectorApp tabId={Number.isInteger(tabId) && tabId > 0 ? tabId : null} startNow={startNow} />
  </CrashGuard>,
  document.getElementById('app')!,
);
