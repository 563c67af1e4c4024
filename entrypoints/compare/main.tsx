// Mounts the comparison page (an unlisted extension page: /compare.html).
import { render } from 'preact';
import { t, uiLocale } from '../../components/ui/i18n';
import { App } from './App';
import './style.css';

// The document speaks the UI language (index.html says `en` until this runs); data text marks its own.
document.documentElement.lang = uiLocale();
document.title = t('compareDocumentTitle');
const root = document.getElementById('app');
if (root) render(<App />, root);
