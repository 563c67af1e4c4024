// The claims (rows, in topic groups with a header row each) against the outlets (columns), with
// "This page" when the page answered and "Since publication". A semantic table in a scrolling
// region of its own, so the page itself never scrolls sideways; the claim column stays in view.
import { useReducer } from 'preact/hooks';
import type { Outlet } from '../../../data/schema';
import { t } from '../i18n';
import { topicLabel } from './compare-labels';
import type { CompareGroup } from './compare-model';
import { MatrixRow } from './MatrixRow';
import { NO_OPEN_CELL, nextOpenCell, openCell } from './open-cell';

export interface ClaimMatrixProps {
  groups: readonly CompareGroup[];
  outlets: readonly Outlet[];
  hasPage: boolean;
  /** The outlet whose article the page is: its column header says "this page". */
  pageOutletId?: string;
  askedClaimId: string | null;
}

const CAPTION_ID = 'matrix-caption';

export function ClaimMatrix({ groups, outlets, hasPage, pageOutletId, askedClaimId }: ClaimMatrixProps) {
  const [cells, dispatch] = useReducer(nextOpenCell, NO_OPEN_CELL);
  const open = openCell(cells);
  const columns = outlets.length + (hasPage ? 3 : 2);
  return (
    <div class="matrix" role="region" aria-labelledby={CAPTION_ID} tabIndex={0}>
      <table class="matrix__table">
        <caption id={CAPTION_ID} class="matrix__caption">
          {t('compareCaption')}
          <span class="matrix__hint">{t('compareCaptionHint')}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col" class="matrix__claim matrix__corner">
              {t('compareClaimColumn')}
            </th>
            {hasPage && (
              <th scope="col" class="matrix__page-head">
                {t('comparePageColumn')}
              </th>
            )}
            {outlets.map((outlet) => (
              <th key={outlet.id} scope="col" data-outlet={outlet.id}>
                {outlet.name}
                {outlet.id === pageOutletId && <span class="badge badge--this-page">{t('thisPageBadge')}</span>}
              </th>
            ))}
            <th scope="col" class="matrix__since-head">
              {t('compareSinceColumn')}
            </th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.topic ?? 'all'} data-topic={group.topic ?? undefined}>
            {group.topic && (
              <tr class="matrix__group">
                <th scope="rowgroup" colSpan={columns}>
                  <span class="matrix__group-label">{topicLabel(group.topic)}</span>
                </th>
              </tr>
            )}
            {group.rows.map((row) => (
              <MatrixRow key={row.claim.id} row={row} openCell={open} asked={row.claim.id === askedClaimId} onCellEvent={dispatch} />
            ))}
          </tbody>
        ))}
      </table>
      {groups.length === 0 && <p class="matrix__empty">{t('compareEmpty')}</p>}
    </div>
  );
}
