// How each position is shown: an icon AND a word, so that colour is never the only signal.
import type { Position } from './claim-view-model';
import { plural, type PluralKey } from './i18n';

/** Shapes that differ in outline as well as meaning: tick, cross, approximately-equal, hollow circle. */
export const POSITION_ICONS: Record<Position, string> = {
  confirms: '✓',
  disputes: '✗',
  qualifies: '≈',
  silent: '○',
};

const POSITION_LABEL_KEYS: Record<Position, PluralKey> = {
  confirms: 'stanceConfirms',
  disputes: 'stanceDisputes',
  qualifies: 'stanceQualifies',
  silent: 'stanceSilent',
};

/** The word for a position held by `outlets` outlets: the verb agrees with them ("Подтверждает" / "Подтверждают"). */
export function positionLabel(position: Position, outlets = 1): string {
  return plural(POSITION_LABEL_KEYS[position], outlets);
}
