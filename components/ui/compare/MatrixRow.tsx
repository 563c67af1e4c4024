// One claim's row: the claim (its standing, and a mark when it is the claim the reader opened),
// "This page" when the page answered, every outlet's cell, and what happened since publication.
import { t } from '../i18n';
import type { CompareRow } from './compare-model';
import type { OpenCellEvent } from './open-cell';
import { OutletCell, outletCellId } from './OutletCell';
import { PageCell, pageCellId } from './PageCell';
import { SinceCell } from './SinceCell';

export interface MatrixRowProps {
  row: CompareRow;
  /** The cell whose panel shows, if any. */
  openCell: string | null;
  /** The claim the comparison was opened for. */
  asked: boolean;
  onCellEvent: (event: OpenCellEvent) => void;
}

export const claimHeaderId = (claimId: string) => `claim-${claimId}`;

export function MatrixRow({ row, openCell, asked, onCellEvent }: MatrixRowProps) {
  const { claim } = row;
  return (
    <tr class={`matrix__row${asked ? ' matrix__row--asked' : ''}`} data-claim-id={claim.id} data-standing={row.standing} aria-current={asked ? 'true' : undefined}>
      <th scope="row" id={claimHeaderId(claim.id)} class="matrix__claim" tabIndex={asked ? -1 : undefined}>
        {asked && <span class="badge badge--asked">{t('compareAskedAbout')}</span>}
        <span class="matrix__claim-text" lang={row.text.lang}>
          {row.text.text}
        </span>
        {row.standing !== 'confirmed' && (
          <span class={`standing standing--${row.standing}`}>
            <span aria-hidden="true">{row.standing === 'disputed' ? '✗ ' : '⚠ '}</span>
            {t(row.standing === 'disputed' ? 'compareStandingDisputed' : 'compareStandingContested')}
          </span>
        )}
      </th>
      {row.page && (
        <PageCell claimId={claim.id} cell={row.page} lang={row.storyLang} open={openCell === pageCellId(claim.id)} onEvent={onCellEvent} />
      )}
      {row.cells.map((cell) => (
        <OutletCell
          key={cell.outlet.id}
          claimId={claim.id}
          cell={cell}
          noteLang={row.storyLang}
          open={openCell === outletCellId(claim.id, cell.outlet.id)}
          onEvent={onCellEvent}
        />
      ))}
      <SinceCell developments={row.since} />
    </tr>
  );
}
