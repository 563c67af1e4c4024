// The story over time: every development, the first report included, in date order, each with
// its date, who, what kind, our one-sentence summary, how many claims it bears on and its source.
import type { Development } from '../../../data/schema';
import { formatDay, plural, t } from '../i18n';
import { developmentKindWord } from './compare-labels';

export interface DevelopmentTimelineProps {
  developments: readonly Development[];
  /** The language of the summaries (the story's own words). */
  lang: string;
}

const HEADING_ID = 'timeline-heading';

export function DevelopmentTimeline({ developments, lang }: DevelopmentTimelineProps) {
  if (developments.length === 0) return null;
  return (
    <section class="timeline" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} class="section-heading">
        {t('compareTimelineHeading')}
      </h2>
      <ol class="timeline__list">
        {developments.map((d) => (
          <li key={d.id} class={`timeline__item timeline__item--${d.kind}`} data-development={d.id}>
            <time class="timeline__date" dateTime={d.date}>
              {formatDay(d.date)}
            </time>
            <p class="timeline__who">
              <strong>{d.who.name}</strong> · {developmentKindWord(d.kind)}
            </p>
            <p class="timeline__summary" lang={lang}>
              {d.summary}
            </p>
            <p class="timeline__meta">
              {plural('compareTimelineClaims', d.claims.length)}
            </p>
            <a class="timeline__source" href={d.source.url} target="_blank" rel="noopener noreferrer">
              {d.source.name}
              <span class="visually-hidden"> {t('opensInNewTab')}</span>
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
