// The whole popup, pure: the installed stories and what the page reported in, markup out. It
// shows each story the page covers (a section each when there are several); when it covers none,
// one story to browse (the first bundled one, or the one picked). It keeps only view state
// (filter, search, expanded rows, the story picked); every effect on the world goes through a callback.
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
import { PageStoriesHeader } from './PageStoriesHeader';
import { storiesOnPage } from './page-stories';
import { createClaimSearch } from './search-claims';
import { HighlightingSwitch } from './HighlightingSwitch';
import { SiteControls } from './SiteControls';
import { StoryHeader } from './StoryHeader';
import { StoryPicker } from './StoryPicker';
import { useOnChange } from './use-on-change';

export type HostAccess = 'granted' | 'withheld';

export interface PopupViewProps {
  /** Every installed story, the bundled ones first (at least one). */
  stories: readonly ClaimSet[];
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
  /** Opens the comparison page of a story (every claim against every outlet) in a tab; the buttons show when given. */
  onOpenCompare?: (storyId: string) => void;
}

const LIST_ID = 'claim-list';
const LIST_HEADING_ID = 'claim-list-heading';
const sectionTitleId = (storyId: string) => `story-${storyId}`;

export function PopupView(props: PopupViewProps) {
  const { stories, report, pageUrl, site, siteEnabled, hostAccess, loading = false } = props;
  const [filter, setFilter] = useState<ClaimFilter>('all');
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [announcement, setAnnouncement] = useState('');
  const [picked, setPicked] = useState(stories[0]!.story.id);
  const { focusClaimId } = props;

  const onPage = useMemo(() => storiesOnPage(stories, report), [stories, report]);
  const shown = useMemo(() => (onPage.length ? onPage : [stories.find((s) => s.story.id === picked) ?? stories[0]!]), [onPage, stories, picked]);
  const several = shown.length > 1;

  useEffect(() => {
    if (!focusClaimId || !shown.some((s) => s.claims.some((c) => c.id === focusClaimId))) return;
    setExpanded((open) => new Set([...open, focusClaimId]));
    // After the row has rendered expanded: bring it into view and give its button the focus.
    requestAnimationFrame(() => {
      const row = document.querySelector<HTMLElement>(`.claim-row[data-claim-id="${CSS.escape(focusClaimId)}"]`);
      row?.scrollIntoView({ block: 'start' });
      row?.querySelector<HTMLElement>('[data-claim-toggle]')?.focus();
    });
  }, [focusClaimId, shown]);

  const models = useMemo(() => shown.map((s) => buildPopupModel(s, report, pageUrl, uiLocale())), [shown, report, pageUrl]);
  const search = useMemo(() => createClaimSearch(shown.flatMap((s) => s.claims)), [shown]);
  const found = useMemo(() => search(query), [search, query]);
  const lists = useMemo(() => models.map((m) => visibleClaims(m.claims, filter, found)), [models, filter, found]);
  const total = (count: (m: (typeof models)[number]) => number) => models.reduce((sum, m) => sum + count(m), 0);
  const counts = { all: total((m) => m.claims.length), 'on-page': total((m) => m.foundCount), disputed: total((m) => m.disputedCount) };
  const shownCount = lists.reduce((sum, l) => sum + l.length, 0);
  const first = models[0]!;

  useOnChange(() => {
    if (loading) return;
    setAnnouncement(several ? `${plural('popupStoriesOnPage', shown.length)}. ${plural('headerClaimsFound', counts['on-page'])}` : coverageMessage(first.coverage, first.foundCount, first.pageLanguage));
  }, [loading]);
  useOnChange(() => setAnnouncement(plural('statusShowing', counts.all, [counts.all, shownCount])), [filter, query, picked]);
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
    filter === 'on-page' && counts['on-page'] === 0 && found === null ? t('listEmptyOnPage') : t('listEmpty');
  const header = (set: ClaimSet, model: typeof first, level: 1 | 2) => (
    <StoryHeader
      title={set.story.title}
      summary={set.story.summary}
      lang={set.story.language}
      coverage={model.coverage}
      foundCount={model.foundCount}
      pageLanguage={model.pageLanguage}
      loading={loading}
      pageOutletName={model.pageOutlet?.name}
      level={level}
      titleId={level === 2 ? sectionTitleId(set.story.id) : undefined}
    />
  );
  const compareButton = (set: ClaimSet) =>
    props.onOpenCompare && (
      <button
        type="button"
        class="button popup__compare"
        data-open-compare={set.story.id}
        aria-label={several ? t('popupCompareStory', set.story.title) : undefined}
        onClick={() => props.onOpenCompare?.(set.story.id)}
      >
        {t('popupCompare')}
      </button>
    );

  return (
    <main class="popup">
      {several ? <PageStoriesHeader stories={shown.length} foundCount={counts['on-page']} /> : header(shown[0]!, first, 1)}
      {!loading && onPage.length === 0 && stories.length > 1 && <StoryPicker stories={stories} selected={shown[0]!.story.id} onSelect={setPicked} />}
      {!several && compareButton(shown[0]!)}
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
      {!several && (
        <h2 id={LIST_HEADING_ID} class="visually-hidden">
          {t('listHeading')}
        </h2>
      )}
      <div id={LIST_ID} class="popup__claims">
        {shown.map((set, i) =>
          several ? (
            <section key={set.story.id} class="story-section" aria-labelledby={sectionTitleId(set.story.id)} data-story={set.story.id}>
              {header(set, models[i]!, 2)}
              {compareButton(set)}
              <ClaimList claims={lists[i]!} expanded={expanded} onToggle={toggle} onJump={report ? props.onJump : undefined} labelledBy={sectionTitleId(set.story.id)} emptyMessage={emptyMessage} />
            </section>
          ) : (
            <ClaimList key={set.story.id} claims={lists[i]!} expanded={expanded} onToggle={toggle} onJump={report ? props.onJump : undefined} labelledBy={LIST_HEADING_ID} emptyMessage={emptyMessage} />
          ),
        )}
      </div>
    </main>
  );
}
