// Which claims to list: all, those on this page, or the disputed ones (see `isDisputed`), each
// with its count. Native radio buttons: Tab reaches the group, arrows choose.
import type { ClaimFilter } from './claim-view-model';
import { t, type MessageKey } from './i18n';

export interface ClaimFilterBarProps {
  filter: ClaimFilter;
  counts: Record<ClaimFilter, number>;
  onFilterChange: (filter: ClaimFilter) => void;
}

const OPTIONS: ReadonlyArray<{ value: ClaimFilter; label: MessageKey }> = [
  { value: 'all', label: 'filterAll' },
  { value: 'on-page', label: 'filterOnPage' },
  { value: 'disputed', label: 'filterDisputed' },
];

export function ClaimFilterBar({ filter, counts, onFilterChange }: ClaimFilterBarProps) {
  return (
    <fieldset class="filter-bar">
      <legend class="filter-bar__legend">{t('filterLegend')}</legend>
      <div class="filter-bar__options">
        {OPTIONS.map(({ value, label }) => (
          <label key={value} class="filter-bar__option">
            <input
              type="radio"
              name="claim-filter"
              value={value}
              checked={filter === value}
              onChange={() => onFilterChange(value)}
            />
            <span class="filter-bar__label">{t(label)}</span> <span class="filter-bar__count">{counts[value]}</span>
          </label>
        ))}
      </div>
      {filter === 'disputed' && <p class="filter-bar__hint">{t('filterDisputedHint')}</p>}
    </fieldset>
  );
}
