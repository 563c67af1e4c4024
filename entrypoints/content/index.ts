// Runs on every http(s) page: reads the article, finds the claims of the stories it covers (the
// bundled ones and those imported from files), highlights them and reports to the background;
// answers the popup. Wiring only: the work is in components/page.
import './style.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { storyGates } from '../../data/gates';
import { isClaimId, isFromThisExtension, isLanguageCode, onMessage, sendMessage, type PageReport } from '../../components/messaging';
import { cardLabels } from '../../components/page/card-labels';
import { readImportedGates, watchImportedGates } from '../../components/imported-gates';
import { createPageGate, withImportedGates } from '../../components/page/page-gate';
import { startPageSession, type PageSession } from '../../components/page/page-session';
import { installedStoryTools } from '../../components/story-tools';
import { highlightingEnabled, shouldHighlight, watchSiteEnabled } from '../../components/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // The browser compiles and runs this script in one task on every page; the session starts in
    // a task of its own so that first task stays short. Until then the popup hears "scanning".
    let session: PageSession | undefined;
    // The article's language from its words, else its `lang`, else the page's (a template's `lang` is often wrong).
    const gate = createPageGate(storyGates, () => document.querySelector('article[lang], main[lang]')?.getAttribute('lang') ?? document.documentElement.lang);
    // The imported packs' gates (a few kB, read once a page), judged beside the bundled ones.
    const withImported = (imported: unknown) => gate.setGates(withImportedGates(storyGates, imported));
    const gatesRead = readImportedGates().then(withImported, () => undefined);
    // The browser's name for a language our words could not tell (asked once per report).
    let named: string | undefined;
    const withLanguage = (report: PageReport): PageReport => {
      const { code, supported } = gate.language();
      const language = code ?? named;
      return { ...report, ...(isLanguageCode(language) ? { language } : {}), languageSupported: supported };
    };
    const fromUs = (sender: { id?: string }) => isFromThisExtension(sender, browser.runtime.id);
    const stops = [
      onMessage('getPageReport', ({ sender }) => {
        if (!fromUs(sender)) return undefined;
        const report = session?.lastReport();
        return report ? withLanguage(report) : { scanning: true as const };
      }),
      onMessage('getPageAnnotations', ({ sender }) => (fromUs(sender) ? (session?.annotations() ?? []) : [])),
      onMessage('jumpToClaim', ({ data, sender }) => fromUs(sender) && isClaimId(data) && !!session?.jumpTo(data)),
      onMessage('stepHighlight', ({ data, sender }) => fromUs(sender) && (data === 1 || data === -1) && !!session?.step(data)),
      // Settings that concern this page: the global switch, and this site's switch alone (another
      // site switched off changes nothing here and costs this tab nothing).
      highlightingEnabled.watch(() => void session?.scan()),
      // A pack added or removed on the options page: judge the page again with the gates as they are.
      watchImportedGates((imported) => {
        withImported(imported);
        void session?.scan();
      }),
      watchSiteEnabled(location.href, () => void session?.scan()),
    ];
    ctx.onInvalidated(() => stops.forEach((stop) => stop()));
    // Back from the back/forward cache: the browser reset the tab's badge; the page is as it was.
    ctx.addEventListener(window, 'pageshow', (event) => event.persisted && session?.resendReport());
    // The story tools for the page's language are injected into this world by the background (entrypoints/story-tools*.ts).
    const loadStoryTools = async () => {
      const { code } = gate.language();
      if (!code) return undefined;
      return installedStoryTools(globalThis, code) ?? ((await sendMessage('loadStoryTools', code).catch(() => false)) ? installedStoryTools(globalThis, code) : undefined);
    };
    const report = async (found: PageReport) => {
      const { code, sample } = gate.language();
      named = code || !sample ? undefined : (await browser.i18n.detectLanguage?.(sample).catch(() => undefined))?.languages?.[0]?.language?.split('-')[0]?.toLowerCase();
      await sendMessage('reportPage', withLanguage(found));
    };
    ctx.setTimeout(async () => {
      await gatesRead;
      if (ctx.isInvalid) return;
      session = startPageSession({
        doc: document,
        win: window,
        gate,
        loadStoryTools,
        styleHighlights: (names, frames) => void sendMessage('styleHighlights', { names, frames }).catch(() => ctx.isInvalid),
        labels: () => cardLabels((key, subs) => browser.i18n.getMessage(key as 'cardTitle', subs), browser.i18n.getUILanguage()),
        signal: ctx.signal,
        isEnabled: () => shouldHighlight(location.href),
        onReport: (found) => void report(found).catch(() => ctx.isInvalid),
        onOpenDetails: (claimId) => void sendMessage('openDetails', claimId).catch(() => ctx.isInvalid),
      });
      session.scanWhenIdle();
    }, 0);
  },
});
