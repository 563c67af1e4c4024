// A claim's compact stance summary: outlet chips grouped under "✓ Confirms", "✗ Disputes",
// "≈ Qualifies" and "○ Silent". When the page is one of the outlets, its own position comes first
// and the groups hold the other outlets only.
import { POSITIONS, type ClaimView } from './claim-view-model';
import { t } from './i18n';
import { StanceLabel } from './StanceLabel';

export interface StanceChipsProps {
  view: ClaimView;
}

export function StanceChips({ view }: StanceChipsProps) {
  const groups = POSITIONS.filter((p) => view.others[p].length > 0);
  return (
    <div class="stances" role="group" aria-label={t('stancesLabel')}>
      {view.thisPage && (
        <p class="stances__this-page" data-outlet={view.thisPage.outlet.id}>
          <span class="stances__caption">{t('stanceThisPage', view.thisPage.outlet.name)}</span>{' '}
          <StanceLabel position={view.thisPage.position} />
        </p>
      )}
      {view.thisPage && groups.length > 0 && <p class="stances__caption">{t('stancesOtherOutlets')}</p>}
      <ul class="stance-groups">
        {groups.map((position) => (
          <li key={position} class={`stance-group stance-group--${position}`} data-position={position}>
            <StanceLabel position={position} outlets={view.others[position].length} />
            <span class="visually-hidden">: </span>
            <ul class="chips">
              {view.others[position].map(({ outlet }) => (
                <li key={outlet.id} class="chip" data-outlet={outlet.id}>
                  {outlet.name}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
