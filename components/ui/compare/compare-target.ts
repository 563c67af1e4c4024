// What the comparison page was opened about, from its address: `compare.html?tab=<id>&claim=<id>`.
// Pure: the entrypoint passes in `location.search` and the claim set's ids.
import { tabRequestFromSearch } from '../popup-target';

export interface CompareTarget {
  /** The tab whose page to compare with; null when none was named or the value is not a tab id. */
  tabId: number | null;
  /** The claim to scroll to and mark; null unless it is one of `claimIds`. */
  claimId: string | null;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A `tab` that is not a positive integer, or a `claim` that is not a known slug, is ignored (never guessed). */
export function compareTargetFromSearch(search: string, claimIds: readonly string[]): CompareTarget {
  const request = tabRequestFromSearch(search);
  const claim = new URLSearchParams(search).get('claim');
  return {
    tabId: request.kind === 'tab' ? request.tabId : null,
    claimId: claim !== null && SLUG.test(claim) && claimIds.includes(claim) ? claim : null,
  };
}
