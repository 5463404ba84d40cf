/** Popup entry: renders the App for the tab named in the URL, or the active tab. No top-level await. */
import { render } from 'preact';
import { t, uiLocale } from '../src/adapters/i18n.ts';
import { prepareFormatters } from '../ui/wording.tsx';
import { App, findTarget } from './components/App.tsx';

// First statement of the popup's own code (its imports are evaluated before it): `npm run bench` measures the
// time from here to App's 'popup-rendered' mark.
performance.mark('popup-script-start');
document.documentElement.lang = uiLocale();
document.title = t('extensionName');
const root = document.getElementById('root');
if (root) render(<App findTarget={() => findTarget(location.search)} />, root);
// The App has asked for the first view: the formatters it needs are made while the answer is on its way.
prepareFormatters();
