// The "This page" cell of a claim's row: what the page's own sentence does with the claim
// (confirms, says it is not so, leaves it open, gives another figure) or "not on this page"; on
// hover or focus, the page's sentences and how they differ from the outlets.
import { t } from '../i18n';
import { pageVersionText } from '../page-version';
import { CellDisclosure } from './CellDisclosure';
import { PAGE_STATUS_ICONS, pageStatusWord } from './compare-labels';
import type { PageCell as PageCellModel } from './compare-model';
import type { OpenCellEvent } from './open-cell';

export interface PageCellProps {
  claimId: string;
  cell: PageCellModel;
  /** The language of the page's sentences: the story's, which the matcher read them in. */
  lang: string;
  open: boolean;
  onEvent: (event: OpenCellEvent) => void;
}

export const pageCellId = (claimId: string) => `cell-${claimId}--this-page`;

export function PageCell({ claimId, cell, lang, open, onEvent }: PageCellProps) {
  const id = pageCellId(claimId);
  const { status, matches } = cell;
  // The figure the page gives instead; its other versions (denies, leaves open) are the cell's word already.
  const versions = status === 'differs' ? [...new Set(matches.map(pageVersionText).filter((v): v is string => !!v))] : [];
  const label = (
    <span class={`page-status page-status--${status}`}>
      <span class="page-status__icon" aria-hidden="true">
        {PAGE_STATUS_ICONS[status]}
      </span>{'\u00a0'}
      <span class="page-status__text">{pageStatusWord(status)}</span>
    </span>
  );
  return (
    <td class={`matrix__cell matrix__page matrix__page--${status}`} data-page-status={status}>
      {matches.length === 0 ? (
        label
      ) : (
        <>
          <CellDisclosure id={id} open={open} label={label} context={t('comparePageColumn')} describedBy={`${id}-says`} onEvent={onEvent}>
            <p class="cell__source">{t('compareCellPageSays')}</p>
            <ul id={`${id}-says`} class="cell__sentences">
              {matches.map((m, at) => (
                <li key={at} class="cell__quote" lang={lang}>
                  {m.text}
                </li>
              ))}
            </ul>
          </CellDisclosure>
          {versions.length > 0 && <p class="matrix__version">{t('rowDiffersDetail', versions.join('; '))}</p>}
        </>
      )}
    </td>
  );
}
