// How the matrix is ordered and which claims it shows: sort (by topic, or most contested first),
// filter (all, disputed or contested, on this page when there is a page) with counts, and a
// topic. Native radio buttons and a select: Tab reaches each group, arrows choose.
import type { Topic } from '../../../data/schema';
import { t, type MessageKey } from '../i18n';
import { topicLabel } from './compare-labels';
import { COMPARE_FILTERS, COMPARE_SORTS, type CompareFilter, type CompareSort, type CompareView } from './compare-model';

export interface CompareControlsProps {
  view: CompareView;
  counts: Record<CompareFilter, number>;
  topics: readonly Topic[];
  /** The page answered: "On this page" is offered. */
  hasPage: boolean;
  onViewChange: (view: CompareView) => void;
}

const SORT_LABELS: Record<CompareSort, MessageKey> = { topic: 'compareSortTopic', contested: 'compareSortContested' };
const TOPIC_ID = 'compare-topic';
const FILTER_LABELS: Record<CompareFilter, MessageKey> = { all: 'filterAll', disputed: 'compareFilterDisputed', 'on-page': 'filterOnPage' };

export function CompareControls({ view, counts, topics, hasPage, onViewChange }: CompareControlsProps) {
  const filters = COMPARE_FILTERS.filter((f) => f !== 'on-page' || hasPage);
  return (
    <div class="controls">
      <fieldset class="controls__group">
        <legend class="controls__legend">{t('compareSortLegend')}</legend>
        {COMPARE_SORTS.map((sort) => (
          <label key={sort} class="controls__option">
            <input type="radio" name="compare-sort" value={sort} checked={view.sort === sort} onChange={() => onViewChange({ ...view, sort })} />
            {t(SORT_LABELS[sort])}
          </label>
        ))}
      </fieldset>
      <fieldset class="controls__group">
        <legend class="controls__legend">{t('filterLegend')}</legend>
        {filters.map((filter) => (
          <label key={filter} class="controls__option">
            <input type="radio" name="compare-filter" value={filter} checked={view.filter === filter} onChange={() => onViewChange({ ...view, filter })} />
            {t(FILTER_LABELS[filter])} <span class="controls__count">{counts[filter]}</span>
          </label>
        ))}
      </fieldset>
      <div class="controls__topic">
        <label for={TOPIC_ID} class="controls__legend">
          {t('compareTopicLabel')}
        </label>
        <select
          id={TOPIC_ID}
          name="compare-topic"
          value={view.topic}
          onChange={(event) => onViewChange({ ...view, topic: (event.currentTarget as HTMLSelectElement).value as CompareView['topic'] })}
        >
          <option value="all">{t('compareTopicAll')}</option>
          {topics.map((topic) => (
            <option key={topic} value={topic}>
              {topicLabel(topic)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
