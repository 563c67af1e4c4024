// Which claims to list: all, those on this page, or the disputed ones (see `isDisputed`), each
// with its count. Native radio buttons: Tab reaches the group, arrows choose.
import { CLAIM_FILTERS, type ClaimFilter } from './claim-view-model';
import { t, type MessageKey } from './i18n';

export interface ClaimFilterBarProps {
  filter: ClaimFilter;
  counts: Record<ClaimFilter, number>;
  onFilterChange: (filter: ClaimFilter) => void;
}

const LABELS: Record<ClaimFilter, MessageKey> = { all: 'filterAll', 'on-page': 'filterOnPage', disputed: 'filterDisputed' };

export function ClaimFilterBar({ filter, counts, onFilterChange }: ClaimFilterBarProps) {
  return (
    <fieldset class="filter-bar">
      <legend class="filter-bar__legend">{t('filterLegend')}</legend>
      <div class="filter-bar__options">
        {CLAIM_FILTERS.map((value) => (
          <label key={value} class="filter-bar__option">
            <input
              type="radio"
              name="claim-filter"
              value={value}
              checked={filter === value}
              onChange={() => onFilterChange(value)}
            />
            <span class="filter-bar__label">{t(LABELS[value])}</span> <span class="filter-bar__count">{counts[value]}</span>
          </label>
        ))}
      </div>
      {filter === 'disputed' && <p class="filter-bar__hint">{t('filterDisputedHint')}</p>}
    </fieldset>
  );
}
