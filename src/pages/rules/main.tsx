import { render } from 'preact';
import { followPreferences } from '../shared/preference-mirror';
import { RulesApp } from './RulesApp';
import '../shared/tokens.css';
import '../popup/popup.css';
import './rules.css';

followPreferences();
document.title = document.title || 'Crumb';
render(<RulesApp />, document.getElementById('app')!);
