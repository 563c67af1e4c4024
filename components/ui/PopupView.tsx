// The whole popup, pure: the claim set and what the page reported in, markup out. It keeps only
// view state (filter, search, expanded rows); every effect on the world goes through a callback.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ClaimSet } from '../../data/schema';
import type { PageReport } from '../messaging';
import { AccessNotice } from './AccessNotice';
import { ClaimFilterBar } from './ClaimFilterBar';
import { ClaimList } from './ClaimList';
import { ClaimSearch } from './ClaimSearch';
import { buildPopupModel, visibleClaims, type ClaimFilter } from './claim-view-model';
import { coverageMessage } from './coverage-message';
import { plural, t, uiLocale } from './i18n';
import { createClaimSearch } from './search-claims';
import { HighlightingSwitch } from './HighlightingSwitch';
import { SiteControls } from './SiteControls';
import { StoryHeader } from './StoryHeader';
import { useOnChange } from './use-on-change';

export type HostAccess = 'granted' | 'withheld';

export interface PopupViewProps {
  claimSet: ClaimSet;
  /** What the page's content script found; null when the page was not (or could not be) checked. */
  report: PageReport | null;
  /** Address of the page the popup is about ('' when unknown). */
  pageUrl: string;
  /** The site's name as settings store it (host without `www.`); null for non-web pages. */
  site: string | null;
  siteEnabled: boolean;
  hostAccess: HostAccess;
  /** The page is still being asked for its report. */
  loading?: boolean;
  /** A claim to open and scroll to (the reader asked for it from the card on the page). */
  focusClaimId?: string | null;
  /** The global setting; its switch shows when `onToggleHighlighting` is given. */
  highlightingEnabled?: boolean;
  onToggleHighlighting?: (enabled: boolean) => void;
  onJump: (claimId: string) => void;
  onToggleSite: (enabled: boolean) => void;
  onGrantAccess: () => void;
  /** Opens the comparison page (every claim against every outlet) in a tab; the button shows when given. */
  onOpenCompare?: () => void;
}

const LIST_ID = 'claim-list';
const LIST_HEADING_ID = 'claim-list-heading';

export function PopupView(props: PopupViewProps) {
  const { claimSet, report, pageUrl, site, siteEnabled, hostAccess, loading = false } = props;
  const [filter, setFilter] = useState<ClaimFilter>('all');
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [announcement, setAnnouncement] = useState('');
  const { focusClaimId } = props;

  useEffect(() => {
    if (!focusClaimId || !claimSet.claims.some((c) => c.id === focusClaimId)) return;
    setExpanded((open) => new Set([...open, focusClaimId]));
    // After the row has rendered expanded: bring it into view and give its button the focus.
    requestAnimationFrame(() => {
      const row = document.querySelector<HTMLElement>(`.claim-row[data-claim-id="${CSS.escape(focusClaimId)}"]`);
      row?.scrollIntoView({ block: 'start' });
      row?.querySelector<HTMLElement>('[data-claim-toggle]')?.focus();
    });
  }, [focusClaimId, claimSet]);

  const model = useMemo(() => buildPopupModel(claimSet, report, pageUrl, uiLocale()), [claimSet, report, pageUrl]);
  const search = useMemo(() => createClaimSearch(claimSet.claims), [claimSet]);
  const found = useMemo(() => search(query), [search, query]);
  const shown = useMemo(() => visibleClaims(model.claims, filter, found), [model, filter, found]);
  const counts = { all: model.claims.length, 'on-page': model.foundCount, disputed: model.disputedCount };

  useOnChange(() => {
    if (!loading) setAnnouncement(coverageMessage(model.coverage, model.foundCount, model.pageLanguage));
  }, [loading]);
  useOnChange(() => setAnnouncement(plural('statusShowing', model.claims.length, [model.claims.length, shown.length])), [filter, query]);
  useOnChange(() => {
    if (hostAccess === 'granted') setAnnouncement(t('statusAccessGranted'));
  }, [hostAccess]);

  // Announced on the reader's action, not on the prop: the setting also arrives from storage at load.
  const toggleSite = (enabled: boolean) => {
    props.onToggleSite(enabled);
    if (site !== null) setAnnouncement(t(enabled ? 'statusSiteOn' : 'statusSiteOff', site));
  };

  const toggle = (claimId: string) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (!next.delete(claimId)) next.add(claimId);
      return next;
    });

  const emptyMessage =
    filter === 'on-page' && model.foundCount === 0 && found === null ? t('listEmptyOnPage') : t('listEmpty');

  return (
    <main class="popup">
      <StoryHeader
        title={claimSet.story.title}
        summary={claimSet.story.summary}
        lang={claimSet.story.language}
        coverage={model.coverage}
        foundCount={model.foundCount}
        pageLanguage={model.pageLanguage}
        loading={loading}
        pageOutletName={model.pageOutlet?.name}
      />
      {props.onOpenCompare && (
        <button type="button" class="button popup__compare" data-open-compare="" onClick={props.onOpenCompare}>
          {t('popupCompare')}
        </button>
      )}
      {hostAccess === 'withheld' && <AccessNotice onGrantAccess={props.onGrantAccess} />}
      {!loading && <SiteControls site={site} enabled={siteEnabled} onToggleSite={toggleSite} />}
      {!loading && props.onToggleHighlighting && (
        <HighlightingSwitch enabled={props.highlightingEnabled ?? true} onToggle={props.onToggleHighlighting} />
      )}
      <div class="popup__controls">
        <ClaimSearch query={query} onQueryChange={setQuery} controls={LIST_ID} />
        <ClaimFilterBar filter={filter} counts={counts} onFilterChange={setFilter} />
      </div>
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <h2 id={LIST_HEADING_ID} class="visually-hidden">
        {t('listHeading')}
      </h2>
      <div id={LIST_ID} class="popup__claims">
        <ClaimList
          claims={shown}
          expanded={expanded}
          onToggle={toggle}
          onJump={report ? props.onJump : undefined}
          labelledBy={LIST_HEADING_ID}
          emptyMessage={emptyMessage}
        />
      </div>
    </main>
  );
}
