import { render } from 'preact';
import { t } from '../shared/i18n';
import { CrashGuard } from '../shared/CrashGuard';
import { followPreferences } from '../shared/preference-mirror';
import { readParams } from './params';
import { TransferApp } from './TransferApp';
import '../shared/tokens.css';
import '../popup/popup.css';
import '../popup/later.css';
import './transfer.css';

followPreferences();
document.title = t('transferTitle');
render(
  <CrashGuard crashed="transferCrashed">
    <TransferApp params={readParams(location)} />
  </CrashGuard>,
  document.getElementById('app')!,
);
