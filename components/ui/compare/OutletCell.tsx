// One outlet's cell of a claim's row: its position by colour, icon and word; on hover or focus,
// its verbatim words, the note on what differs, and a link to those words in its article.
import { t } from '../i18n';
import { textFragmentUrl } from '../text-fragment';
import { CellDisclosure } from './CellDisclosure';
import { POSITION_ICONS, positionWord } from './compare-labels';
import type { OutletCell as OutletCellModel } from './compare-model';
import type { OpenCellEvent } from './open-cell';

export interface OutletCellProps {
  claimId: string;
  cell: OutletCellModel;
  /** The language of the note (the story's own words); the quote is in `cell.quoteLang`. */
  noteLang: string;
  open: boolean;
  onEvent: (event: OpenCellEvent) => void;
}

/** The cell's key for the open-cell state, and the root of its element ids (slugs: safe in ids). */
export const outletCellId = (claimId: string, outletId: string) => `cell-${claimId}--${outletId}`;

export function OutletCell({ claimId, cell, noteLang, open, onEvent }: OutletCellProps) {
  const { outlet, position, quote, quoteLang, note } = cell;
  const id = outletCellId(claimId, outlet.id);
  const stance = (
    <span class={`stance stance--${position}`}>
      <span class="stance__icon" aria-hidden="true">
        {POSITION_ICONS[position]}
      </span>{'\u00a0'}
      <span class="stance__text">{positionWord(position)}</span>
    </span>
  );
  return (
    <td class={`matrix__cell matrix__cell--${position}`} data-outlet={outlet.id} data-position={position}>
      {quote === undefined ? (
        stance
      ) : (
        <CellDisclosure
          id={id}
          open={open}
          label={stance}
          context={outlet.name}
          describedBy={note ? `${id}-quote ${id}-note` : `${id}-quote`}
          onEvent={onEvent}
        >
          <p class="cell__source">
            {outlet.name}
            {cell.isThisPage && <span class="badge badge--this-page">{t('thisPageBadge')}</span>}
          </p>
          <blockquote id={`${id}-quote`} class="cell__quote" cite={outlet.url} lang={quoteLang}>
            {quote}
          </blockquote>
          {note && (
            <p id={`${id}-note`} class="cell__note">
              <span class="cell__note-label">{t('quoteNote')}</span> <span lang={noteLang}>{note}</span>
            </p>
          )}
          <a class="cell__link" href={textFragmentUrl(outlet.url, quote)} target="_blank" rel="noopener noreferrer">
            {t('quoteOpen', outlet.name)}
            <span class="visually-hidden"> {t('opensInNewTab')}</span>
          </a>
        </CellDisclosure>
      )}
    </td>
  );
}
