// Which of the installed stories a page covers, for the popup and the comparison page: those its
// report names, in the report's order. Pure.
import type { ClaimSet } from '../../data/schema';
import type { PageReport } from '../messaging';

export function storiesOnPage(installed: readonly ClaimSet[], report: PageReport | null): ClaimSet[] {
  return (report?.stories ?? []).flatMap((id) => installed.filter((s) => s.story.id === id));
}
