// One outlet position as an icon and a word ("✓ Confirms"); the icon is decoration for screen readers.
import type { Position } from './claim-view-model';
import { POSITION_ICONS, positionLabel } from './position-labels';

export interface StanceLabelProps {
  position: Position;
}

export function StanceLabel({ position }: StanceLabelProps) {
  return (
    <span class={`stance stance--${position}`} data-position={position}>
      <span class="stance__icon" aria-hidden="true">
        {POSITION_ICONS[position]}
      </span>
      <span class="stance__text">{positionLabel(position)}</span>
    </span>
  );
}
