// Mounts the options page.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '../../components/ui/i18n';
import { App } from './App';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<App />, root);
