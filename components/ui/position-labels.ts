// How each position is shown: an icon AND a word, so that colour is never the only signal.
import type { Position } from './claim-view-model';
import { t, type MessageKey } from './i18n';

/** Shapes that differ in outline as well as meaning: tick, cross, approximately-equal, hollow circle. */
export const POSITION_ICONS: Record<Position, string> = {
  confirms: '✓',
  disputes: '✗',
  qualifies: '≈',
  silent: '○',
};

const POSITION_LABEL_KEYS: Record<Position, MessageKey> = {
  confirms: 'stanceConfirms',
  disputes: 'stanceDisputes',
  qualifies: 'stanceQualifies',
  silent: 'stanceSilent',
};

export function positionLabel(position: Position): string {
  return t(POSITION_LABEL_KEYS[position]);
}
