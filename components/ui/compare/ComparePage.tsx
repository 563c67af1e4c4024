// The whole comparison page, pure: the claim set and what the page reported in, markup out. It
// keeps only view state (sort, filters, topic); downloads go through callbacks.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ClaimSet } from '../../../data/schema';
import type { PageReport } from '../../messaging';
import { plural, t, uiLocale } from '../i18n';
import { useOnChange } from '../use-on-change';
import { ClaimMatrix } from './ClaimMatrix';
import { CompareControls } from './CompareControls';
import { CompareExports, type DownloadResult } from './CompareExports';
import { CompareHeader, type PageAnswer } from './CompareHeader';
import { buildCompareModel, compareGroups, DEFAULT_VIEW, filterCounts, shownCount, type CompareView } from './compare-model';
import { DevelopmentTimeline } from './DevelopmentTimeline';
import { claimHeaderId } from './MatrixRow';
import { OtherStories, type StoryLink } from './OtherStories';

export interface ComparePageProps {
  claimSet: ClaimSet;
  /** What the page's content script found; null when no page was named, or it did not answer. */
  report: PageReport | null;
  /** A tab was named (`?tab=`): without a report, the header says the page did not answer. */
  tabRequested: boolean;
  /** The page is still being asked. */
  loading?: boolean;
  /** The claim to scroll to and mark (`?claim=`). */
  askedClaimId?: string | null;
  onDownloadClaims: () => DownloadResult;
  /** Given when there is a page to ask for its highlights. */
  onDownloadAnnotations?: () => Promise<DownloadResult>;
  /** The other installed stories, to compare the page with instead. */
  otherStories?: readonly StoryLink[];
}

const MATRIX_HEADING_ID = 'matrix-heading';

function pageAnswer(props: ComparePageProps, model: ReturnType<typeof buildCompareModel>): PageAnswer {
  if (props.loading) return { kind: 'loading' };
  if (props.report) return { kind: 'answered', url: props.report.url, coverage: model.coverage, foundCount: model.foundCount, ...(model.pageLanguage ? { pageLanguage: model.pageLanguage } : {}) };
  return { kind: props.tabRequested ? 'no-answer' : 'no-tab' };
}

export function ComparePage(props: ComparePageProps) {
  const { claimSet, report, loading = false, askedClaimId = null } = props;
  const [view, setView] = useState<CompareView>(DEFAULT_VIEW);
  const [announcement, setAnnouncement] = useState('');
  const model = useMemo(() => buildCompareModel(claimSet, report, uiLocale()), [claimSet, report]);
  const groups = useMemo(() => compareGroups(model.rows, view), [model, view]);
  const counts = filterCounts(model.rows, view.topic);
  const asked = askedClaimId && model.rows.some((r) => r.claim.id === askedClaimId) ? askedClaimId : null;

  useOnChange(() => setAnnouncement(plural('statusShowing', model.rows.length, [model.rows.length, shownCount(groups)])), [view]);

  // Once the page has answered (the "This page" column changes the layout): bring the claim asked about into view.
  useEffect(() => {
    if (loading || !asked) return;
    requestAnimationFrame(() => {
      const header = document.getElementById(claimHeaderId(asked));
      header?.scrollIntoView({ block: 'center' });
      header?.focus({ preventScroll: true });
    });
  }, [loading, asked]);

  return (
    <main class="compare">
      <CompareHeader
        title={claimSet.story.title}
        summary={claimSet.story.summary}
        lang={model.storyLang}
        page={pageAnswer(props, model)}
        pageOutletName={model.pageOutlet?.name}
      />
      <OtherStories stories={props.otherStories ?? []} />
      <CompareExports onDownloadClaims={props.onDownloadClaims} onDownloadAnnotations={report ? props.onDownloadAnnotations : undefined} />
      <section class="claims" aria-labelledby={MATRIX_HEADING_ID}>
        <h2 id={MATRIX_HEADING_ID} class="section-heading">
          {t('compareMatrixHeading')}
        </h2>
        <CompareControls view={view} counts={counts} topics={model.topics} hasPage={model.hasPage} onViewChange={setView} />
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {announcement}
        </p>
        <ClaimMatrix
          groups={groups}
          outlets={claimSet.outlets}
          hasPage={model.hasPage}
          pageOutletId={model.pageOutlet?.id}
          askedClaimId={asked}
        />
      </section>
      <DevelopmentTimeline developments={model.timeline} lang={model.storyLang} />
    </main>
  );
}
