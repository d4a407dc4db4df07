import { render } from 'preact';
import { t } from '../shared/i18n';
import { followPreferences } from '../shared/preference-mirror';
import { RulesApp } from './RulesApp';
import '../shared/tokens.css';
import '../popup/popup.css';
import '../popup/later.css';
import './rules.css';

followPreferences();
document.title = t('rulesTitle');
render(<RulesApp />, document.getElementById('app')!);
