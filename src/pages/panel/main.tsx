import { render } from 'preact';
import { App } from '../popup/App';
import '../popup/popup.css';
import './panel.css';

// The DevTools panel is the popup's App in a wider layout, on the inspected tab.
render(<App search={location.search} />, document.getElementById('app')!);
