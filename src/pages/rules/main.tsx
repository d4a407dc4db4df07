import { render } from 'preact';
import { RulesApp } from './RulesApp';
import '../popup/popup.css';
import '../popup/later.css';
import './rules.css';

document.title = document.title || 'Crumb';
render(<RulesApp />, document.getElementById('app')!);
