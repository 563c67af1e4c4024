// The page's own sentences that make a claim, each one the page states differently marked "≠",
// each one that leaves it open (a question, a hedge) marked "?".
import type { PageMatch } from '../messaging';
import { pageVersionText } from './page-version';
import { t } from './i18n';

export interface PageSentencesProps {
  matches: readonly PageMatch[];
  /** The language the sentences are in: the story's, which the matcher read them in. */
  lang: string;
}

export function PageSentences({ matches, lang }: PageSentencesProps) {
  return (
    <div class="page-says">
      <p class="page-says__label">{t('pageSays')}</p>
      <ul class="page-says__list">
        {matches.map((match, at) => (
          <li key={at} class={match.differs ? 'page-says__sentence page-says__sentence--differs' : 'page-says__sentence'}>
            <span class="page-says__text" lang={lang}>
              {match.text}
            </span>
            {pageVersionText(match) && (
              <span class="page-says__difference">
                <span aria-hidden="true">{match.differs ? '≠ ' : '? '}</span>
                {t('rowDiffersDetail', pageVersionText(match)!)}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
