// The comparison page's header: the story's title and summary, and which page (if any) the
// comparison is about: what it holds of the story, or why there is no "This page" column.
import type { Coverage } from '../claim-view-model';
import { coverageMessage } from '../coverage-message';
import { t } from '../i18n';

/** What the page said: none was named, it did not answer, it answered (with what it holds). */
export type PageAnswer = { kind: 'no-tab' } | { kind: 'no-answer' } | { kind: 'loading' } | { kind: 'answered'; url: string; coverage: Coverage; foundCount: number; pageLanguage?: string };

export interface CompareHeaderProps {
  title: string;
  summary: string;
  /** The language title and summary are written in (the story's, not the reader's). */
  lang: string;
  page: PageAnswer;
  /** Name of the outlet whose article the page is, if any. */
  pageOutletName?: string;
}

/** The page's address without its scheme, as a reader recognises it. */
const shortUrl = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

export function CompareHeader({ title, summary, lang, page, pageOutletName }: CompareHeaderProps) {
  return (
    <header class="compare-header">
      <p class="compare-header__app">{t('appName')}</p>
      <p class="compare-header__eyebrow">{t('compareEyebrow')}</p>
      <h1 class="compare-header__title" lang={lang}>
        {title}
      </h1>
      <p class="compare-header__summary" lang={lang}>
        {summary}
      </p>
      <div class="compare-header__page" data-page={page.kind}>
        {page.kind === 'loading' && <p>{t('headerLoading')}</p>}
        {page.kind === 'no-tab' && <p>{t('compareHeaderNoTab')}</p>}
        {page.kind === 'no-answer' && <p>{t('compareHeaderNoAnswer')}</p>}
        {page.kind === 'answered' && (
          <>
            <p class="compare-header__url">{t('compareHeaderPage', shortUrl(page.url))}</p>
            <p class="compare-header__coverage" data-coverage={page.coverage}>
              {coverageMessage(page.coverage, page.foundCount, page.pageLanguage)}
            </p>
            {pageOutletName && <p>{t('compareHeaderPageIsOutlet', pageOutletName)}</p>}
          </>
        )}
      </div>
    </header>
  );
}
