// The story the popup shows when the page covers none of them: a native select (keyboard and
// screen reader behaviour of the platform), shown only when more than one story is installed.
// Titles of imported packs are text nodes, never markup.
import type { ClaimSet } from '../../data/schema';
import { t } from './i18n';

export interface StoryPickerProps {
  stories: readonly ClaimSet[];
  selected: string;
  onSelect: (storyId: string) => void;
}

export function StoryPicker({ stories, selected, onSelect }: StoryPickerProps) {
  return (
    <label class="story-picker">
      <span class="story-picker__label">{t('popupStoryPicker')}</span>
      <select class="story-picker__select" value={selected} onChange={(event) => onSelect(event.currentTarget.value)}>
        {stories.map((s) => (
          <option key={s.story.id} value={s.story.id} lang={s.story.language}>
            {s.story.title}
          </option>
        ))}
      </select>
    </label>
  );
}
