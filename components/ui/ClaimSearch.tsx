// The search box over the claims' text, other phrasings and the outlets' quotes.
import { t } from './i18n';

export interface ClaimSearchProps {
  query: string;
  onQueryChange: (query: string) => void;
  /** Id of the list the search narrows. */
  controls: string;
}

export function ClaimSearch({ query, onQueryChange, controls }: ClaimSearchProps) {
  return (
    <div class="claim-search" role="search">
      <input
        type="search"
        class="claim-search__input"
        aria-label={t('searchLabel')}
        aria-controls={controls}
        placeholder={t('searchPlaceholder')}
        value={query}
        autocomplete="off"
        spellcheck={false}
        onInput={(event) => onQueryChange(event.currentTarget.value)}
      />
    </div>
  );
}
