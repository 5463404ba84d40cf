/** Options page entry. No top-level await. */
import { render } from 'preact';
import { t, uiLocale } from '../src/adapters/i18n.ts';
import { OptionsPage } from './components/OptionsPage.tsx';

document.documentElement.lang = uiLocale();
document.title = t('optionsPageTitle');
const root = document.getElementById('root');
if (root) render(<OptionsPage />, root);
