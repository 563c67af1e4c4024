// One claim: a button that expands it (its neutral text, "on this page"), the mark when the page
// states it differently, the outlets' stances, "Show on page", and, expanded, the page's sentences,
// every outlet's own words and the outlets that are silent.
import type { ClaimView, OutletPosition } from './claim-view-model';
import { ClaimDevelopments } from './ClaimDevelopments';
import { t } from './i18n';
import { pageVersionText } from './page-version';
import { OutletQuote } from './OutletQuote';
import { PageSentences } from './PageSentences';
import { StanceChips } from './StanceChips';

export interface ClaimRowProps {
  view: ClaimView;
  expanded: boolean;
  onToggle: (claimId: string) => void;
  /** Absent when the page cannot be asked (not checked); the button shows only for claims on the page. */
  onJump?: (claimId: string) => void;
}

/** Element ids for a claim's toggle and panel (claim ids are slugs: safe in ids). */
const rowIds = (claimId: string) => ({ toggle: `claim-${claimId}-toggle`, panel: `claim-${claimId}-panel` });

/** The outlets with words on the claim: this page's first, then confirms, disputes, qualifies. */
function quotedOutlets(view: ClaimView): OutletPosition[] {
  const own = view.thisPage && view.thisPage.position !== 'silent' ? [view.thisPage] : [];
  return [...own, ...view.others.confirms, ...view.others.disputes, ...view.others.qualifies];
}

function silentOutlets(view: ClaimView): OutletPosition[] {
  const own = view.thisPage?.position === 'silent' ? [view.thisPage] : [];
  return [...own, ...view.others.silent];
}

export function ClaimRow({ view, expanded, onToggle, onJump }: ClaimRowProps) {
  const { claim } = view;
  const ids = rowIds(claim.id);
  const differences = [...new Set(view.differing.map(pageVersionText).filter((d): d is string => !!d))];
  const silent = silentOutlets(view);
  return (
    <li
      class={`claim-row${view.onPage ? ' claim-row--on-page' : ''}${expanded ? ' claim-row--expanded' : ''}`}
      data-claim-id={claim.id}
    >
      <h3 class="claim-row__heading">
        <button
          type="button"
          id={ids.toggle}
          class="claim-row__toggle"
          aria-expanded={expanded}
          aria-controls={ids.panel}
          data-claim-toggle=""
          onClick={() => onToggle(claim.id)}
        >
          <span class="claim-row__chevron" aria-hidden="true" />
          <span class="claim-row__text" lang={view.text.lang}>
            {view.text.text}
          </span>
          {view.onPage && <span class="badge badge--on-page">{t('rowOnPage')}</span>}
        </button>
      </h3>
      {view.differing.length > 0 && (
        <p class="claim-row__differs">
          <span class="claim-row__differs-icon" aria-hidden="true">
            ≠
          </span>{' '}
          {differences.length > 0 ? t('rowDiffersDetail', differences.join('; ')) : t('rowDiffers')}
        </p>
      )}
      {view.contested && (
        <p class="claim-row__contested">
          <span class="claim-row__differs-icon" aria-hidden="true">
            ✗
          </span>{' '}
          {t('rowContested')}
        </p>
      )}
      <StanceChips view={view} />
      {view.onPage && onJump && (
        <button
          type="button"
          class="claim-row__jump"
          aria-label={t('rowJumpLabel', view.text.text)}
          onClick={() => onJump(claim.id)}
        >
          {t('rowJump')}
        </button>
      )}
      <div id={ids.panel} class="claim-row__panel" hidden={!expanded}>
        {expanded && (
          <>
            {view.pageMatches.length > 0 && <PageSentences matches={view.pageMatches} lang={view.storyLang} />}
            <h4 class="claim-row__subheading">{t('quotesHeading')}</h4>
            <ul class="quotes">
              {quotedOutlets(view).map((entry) => (
                <li key={entry.outlet.id}>
                  <OutletQuote entry={entry} noteLang={view.storyLang} />
                </li>
              ))}
            </ul>
            <ClaimDevelopments developments={view.developments} lang={view.storyLang} />
            {silent.length > 0 && (
              <p class="claim-row__silent">
                <span class="stance__icon" aria-hidden="true">
                  ○{' '}
                </span>
                {t('silentOutlets')}{' '}
                {silent.map((entry, at) => (
                  <span key={entry.outlet.id} data-outlet={entry.outlet.id}>
                    {at > 0 && ', '}
                    {entry.outlet.name}
                    {entry.isThisPage && ` (${t('thisPageBadge')})`}
                  </span>
                ))}
              </p>
            )}
          </>
        )}
      </div>
    </li>
  );
}
