// What the comparison page was opened about, from its address:
// `compare.html?tab=<id>&story=<id>&claim=<id>`, and which installed story that makes it show.
// Pure: the entrypoint passes in `location.search`, the installed stories and the page's report.
import type { ClaimSet } from '../../../data/schema';
import type { PageReport } from '../../messaging';
import { storiesOnPage } from '../page-stories';
import { tabRequestFromSearch } from '../popup-target';

export interface CompareTarget {
  /** The tab whose page to compare with; null when none was named or the value is not a tab id. */
  tabId: number | null;
  /** The story asked for; null unless a slug (whether it is installed is checked by `chooseCompareStory`). */
  storyId: string | null;
  /** The claim to scroll to and mark; null unless a slug, and (given `claimIds`) one of them. */
  claimId: string | null;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const slugOf = (value: string | null) => (value !== null && value.length <= 200 && SLUG.test(value) ? value : null);

/** A `tab` that is not a positive integer, or a `story` or `claim` that is not a slug (a known one, given `claimIds`), is ignored (never guessed). */
export function compareTargetFromSearch(search: string, claimIds?: readonly string[]): CompareTarget {
  const request = tabRequestFromSearch(search);
  const params = new URLSearchParams(search);
  const claim = slugOf(params.get('claim'));
  return {
    tabId: request.kind === 'tab' ? request.tabId : null,
    storyId: slugOf(params.get('story')),
    claimId: claim !== null && (!claimIds || claimIds.includes(claim)) ? claim : null,
  };
}

/**
 * The story to show: the one asked for when it is installed, else the claim's, else the first the
 * page covers, else the first installed (a bundled one). The claim is kept only when it is that story's.
 */
export function chooseCompareStory(installed: readonly ClaimSet[], target: CompareTarget, report: PageReport | null): { story: ClaimSet; claimId: string | null } {
  const byId = (id: string | null) => installed.find((s) => s.story.id === id);
  const ofClaim = installed.find((s) => s.claims.some((c) => c.id === target.claimId));
  const story = byId(target.storyId) ?? ofClaim ?? storiesOnPage(installed, report)[0] ?? installed[0]!;
  return { story, claimId: story.claims.some((c) => c.id === target.claimId) ? target.claimId : null };
}
