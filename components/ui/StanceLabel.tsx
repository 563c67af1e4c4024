// One outlet position as an icon and a word ("✓ Confirms"); the icon is decoration for screen readers.
import type { Position } from './claim-view-model';
import { POSITION_ICONS, positionLabel } from './position-labels';

export interface StanceLabelProps {
  position: Position;
  /** How many outlets hold it (the word agrees with them in some languages); one by default. */
  outlets?: number;
}

export function StanceLabel({ position, outlets = 1 }: StanceLabelProps) {
  return (
    <span class={`stance stance--${position}`} data-position={position}>
      <span class="stance__icon" aria-hidden="true">
        {POSITION_ICONS[position]}
      </span>
      <span class="stance__text">{positionLabel(position, outlets)}</span>
    </span>
  );
}
