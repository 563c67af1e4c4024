// The "Since publication" cell of a claim's row: each development that bears on the claim, with
// its date, who, what kind (a denial, a re-confirmation…) and which way it bears.
import { formatDay, t } from '../i18n';
import { bearsWord, developmentKindWord } from './compare-labels';
import type { ClaimDevelopment } from './compare-model';

export interface SinceCellProps {
  developments: readonly ClaimDevelopment[];
}

export function SinceCell({ developments }: SinceCellProps) {
  return (
    <td class="matrix__cell matrix__since">
      {developments.length === 0 ? (
        <span class="matrix__none">
          <span aria-hidden="true">–</span>
          <span class="visually-hidden">{t('compareSinceNone')}</span>
        </span>
      ) : (
        <ul class="since-list">
          {developments.map((d) => (
            <li key={d.id} class={`since-list__item since-list__item--${d.bears}`} data-development={d.id} data-bears={d.bears}>
              <span class="since-list__icon" aria-hidden="true">
                {d.bears === 'disputes' ? '✗' : '✓'}
              </span>{' '}
              <time dateTime={d.date}>{formatDay(d.date)}</time> · {d.who.name} · {developmentKindWord(d.kind)} ·{' '}
              <span class="since-list__bears">{bearsWord(d.bears)}</span>
            </li>
          ))}
        </ul>
      )}
    </td>
  );
}
