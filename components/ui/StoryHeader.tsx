// The popup's header: the story's title, what the page holds of it ("4 claims found on this page",
// "This page doesn't cover this story", ...), and who is speaking when the page is an outlet. The
// popup's own header for one story; a section's (level 2, under PageStoriesHeader) for several.
import type { Coverage } from './claim-view-model';
import { coverageMessage } from './coverage-message';
import { t } from './i18n';

export interface StoryHeaderProps {
  title: string;
  summary: string;
  /** The language title and summary are written in (the story's, not the reader's). */
  lang: string;
  coverage: Coverage;
  foundCount: number;
  /** The page's language code, when it said. */
  pageLanguage?: string;
  /** The page is still being asked what it found. */
  loading?: boolean;
  /** Name of the outlet whose article the page is, if any. */
  pageOutletName?: string;
  /** 2: one story of several, under the popup's own header (no app name, an h2 with `titleId`). */
  level?: 1 | 2;
  titleId?: string;
}

export function StoryHeader({ title, summary, lang, coverage, foundCount, pageLanguage, loading, pageOutletName, level = 1, titleId }: StoryHeaderProps) {
  const Title = level === 1 ? 'h1' : 'h2';
  return (
    <header class={`story-header story-header--level${level}`}>
      {level === 1 && <p class="story-header__app">{t('appName')}</p>}
      {level === 1 && <p class="story-header__eyebrow">{t('storyLabel')}</p>}
      <Title class="story-header__title" id={titleId} lang={lang}>
        {title}
      </Title>
      <details class="story-header__about">
        <summary>{t('storyAbout')}</summary>
        <p lang={lang}>{summary}</p>
      </details>
      <p class={`story-header__coverage story-header__coverage--${loading ? 'loading' : coverage}`} data-coverage={loading ? 'loading' : coverage}>
        {loading ? t('headerLoading') : coverageMessage(coverage, foundCount, pageLanguage)}
      </p>
      {!loading && coverage === 'not-checked' && <p class="story-header__hint">{t('headerNotCheckedHint')}</p>}
      {!loading && coverage !== 'found' && <p class="story-header__hint">{t('headerBrowseAll')}</p>}
      {pageOutletName && <p class="story-header__outlet">{t('headerPageIsOutlet', pageOutletName)}</p>}
    </header>
  );
}
