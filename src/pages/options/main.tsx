import { render } from 'preact';
import { t } from '../shared/i18n';
import { followTheme } from '../shared/theme';
import { OptionsApp } from './OptionsApp';
import '../popup/popup.css';
import './options.css';

followTheme();
document.title = t('optionsTitle');
render(<OptionsApp />, document.getElementById('app')!);
