// The popup's header when the page covers several stories: how many, and how many of their
// claims it makes; each story's own header follows in its section (StoryHeader, level 2).
import { plural, t } from './i18n';

export interface PageStoriesHeaderProps {
  stories: number;
  /** Distinct claims found, all stories together. */
  foundCount: number;
}

export function PageStoriesHeader({ stories, foundCount }: PageStoriesHeaderProps) {
  return (
    <header class="story-header">
      <p class="story-header__app">{t('appName')}</p>
      <h1 class="story-header__title">{plural('popupStoriesOnPage', stories)}</h1>
      <p class="story-header__coverage" data-coverage={foundCount > 0 ? 'found' : 'no-claims'}>
        {plural('headerClaimsFound', foundCount)}
      </p>
    </header>
  );
}
