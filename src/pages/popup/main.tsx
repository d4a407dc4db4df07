import { requestFirstList } from './first-list';
import '../shared/tokens.css';
import './popup.css';

// The list is what the first screen waits for: it is asked for first, and the UI loads meanwhile.
const first = requestFirstList(location.search);
void import('./boot').then(({ boot }) => boot(first));
