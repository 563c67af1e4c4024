// Mounts the popup.
import { render } from 'preact';
import { t } from '../../components/ui/i18n';
import { App } from './App';
import './style.css';

document.title = t('appName');
const root = document.getElementById('app');
if (root) render(<App />, root);
