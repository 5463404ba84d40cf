/** Options page entry. No top-level await. */
import { render } from 'preact';
import { uiLocale } from '../popup/components/wording.tsx';
import { t } from '../src/adapters/i18n.ts';
import { OptionsPage } from './components/OptionsPage.tsx';

document.documentElement.lang = uiLocale();
document.title = t('optionsPageTitle');
const root = document.getElementById('root');
if (root) render(<OptionsPage />, root);
