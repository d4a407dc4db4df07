import { render } from 'preact';
import { t } from '../shared/i18n';
import { followPreferences } from '../shared/preference-mirror';
import { OptionsApp } from './OptionsApp';
import '../shared/tokens.css';
import '../popup/popup.css';
import './options.css';

followPreferences();
document.title = t('optionsTitle');
render(<OptionsApp />, document.getElementById('app')!);
