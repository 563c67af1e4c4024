// Mounts the comparison page (an unlisted extension page: /compare.html).
import { render } from 'preact';
import { t } from '../../components/ui/i18n';
import { App } from './App';
import './style.css';

document.title = t('compareDocumentTitle');
const root = document.getElementById('app');
if (root) render(<App />, root);
