// One outlet's account of a claim: its position, its own words, the note on what differs, and a
// link that opens its article scrolled to those words (a text fragment).
import type { OutletPosition } from './claim-view-model';
import { t } from './i18n';
import { StanceLabel } from './StanceLabel';
import { textFragmentUrl } from './text-fragment';

export interface OutletQuoteProps {
  entry: OutletPosition;
  /** The language of the note (the story's own words); the quote is in `entry.quoteLang`. */
  noteLang: string;
}

export function OutletQuote({ entry, noteLang }: OutletQuoteProps) {
  const { outlet, position, quote, quoteLang, note, isThisPage } = entry;
  return (
    <figure class="quote" data-outlet={outlet.id} data-position={position}>
      <figcaption class="quote__source">
        <span class="quote__outlet">{outlet.name}</span>
        {isThisPage && <span class="badge badge--this-page">{t('thisPageBadge')}</span>}
        <StanceLabel position={position} />
      </figcaption>
      {quote && (
        <blockquote class="quote__text" cite={outlet.url} lang={quoteLang}>
          {quote}
        </blockquote>
      )}
      {note && (
        <p class="quote__note">
          <span class="quote__note-label">{t('quoteNote')}</span> <span lang={noteLang}>{note}</span>
        </p>
      )}
      {quote && (
        <a class="quote__link" href={textFragmentUrl(outlet.url, quote)} target="_blank" rel="noopener noreferrer">
          {t('quoteOpen', outlet.name)}
          <span class="visually-hidden"> {t('opensInNewTab')}</span>
        </a>
      )}
    </figure>
  );
}
