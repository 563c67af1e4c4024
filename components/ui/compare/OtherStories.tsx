// Links from the comparison page to the other installed stories, those the page also covers
// first and marked. The links are the wiring's (same page, another `story`); titles are text nodes.
import { t } from '../i18n';

export interface StoryLink {
  id: string;
  title: string;
  /** The language the title is written in. */
  lang: string;
  href: string;
  /** The page the comparison is about covers this story too. */
  onPage: boolean;
}

const HEADING_ID = 'other-stories-heading';

export function OtherStories({ stories }: { stories: readonly StoryLink[] }) {
  if (stories.length === 0) return null;
  const ordered = [...stories.filter((s) => s.onPage), ...stories.filter((s) => !s.onPage)];
  return (
    <nav class="other-stories" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} class="other-stories__heading">
        {t('compareOtherStories')}
      </h2>
      <ul class="other-stories__list">
        {ordered.map((s) => (
          <li key={s.id} data-story={s.id}>
            <a href={s.href} lang={s.lang}>
              {s.title}
            </a>
            {s.onPage && <span class="other-stories__on-page"> · {t('compareStoryOnPage')}</span>}
          </li>
        ))}
      </ul>
    </nav>
  );
}
