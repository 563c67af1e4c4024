// What happened to a claim after the outlets published, in date order: who, what kind (a denial,
// a re-confirmation…), which way it bears on the claim, a summary in our words and its source.
import type { ClaimView } from './claim-view-model';
import { formatDay, t, type MessageKey } from './i18n';

export interface ClaimDevelopmentsProps {
  developments: ClaimView['developments'];
  /** The language of the summaries (the story's own words). */
  lang: string;
}

export function ClaimDevelopments({ developments, lang }: ClaimDevelopmentsProps) {
  if (developments.length === 0) return null;
  return (
    <div class="since">
      <h4 class="claim-row__subheading">{t('sinceHeading')}</h4>
      <ol class="since__list">
        {developments.map((d) => (
          <li key={d.id} class={`since__item since__item--${d.bears}`} data-development={d.id}>
            <span class="since__icon" aria-hidden="true">
              {d.bears === 'disputes' ? '✗ ' : '✓ '}
            </span>
            <time dateTime={d.date}>{formatDay(d.date)}</time> · <strong>{d.who.name}</strong> ({t(`development_${d.kind.replace(/-/g, '_')}` as MessageKey)},{' '}
            {t(d.bears === 'disputes' ? 'developmentDisputes' : 'developmentConfirms')}): <span lang={lang}>{d.summary}</span>{' '}
            <a href={d.source.url} target="_blank" rel="noreferrer noopener">
              {d.source.name}
            </a>
          </li>
        ))}
      </ol>
    </div>
  );
}
