// The comparison page's words and icons: each position and page status as an icon AND a word (so
// colour is never the only signal), topics and kinds of development.
import type { DevelopmentKind, Topic } from '../../../data/schema';
import type { Position } from '../claim-view-model';
import { plural, t, type MessageKey } from '../i18n';
import type { PageStatus } from './compare-model';

/** Tick, cross, approximately-equal, en dash: shapes that differ in outline as well as meaning. */
export const POSITION_ICONS: Record<Position, string> = { confirms: '✓', disputes: '✗', qualifies: '≈', silent: '–' };

/** One outlet's position, in its cell (so in the form for one outlet). */
export function positionWord(position: Position): string {
  switch (position) {
    case 'confirms':
      return plural('stanceConfirms', 1);
    case 'disputes':
      return plural('stanceDisputes', 1);
    case 'qualifies':
      return t('compareStanceQualifies');
    case 'silent':
      return plural('stanceSilent', 1);
  }
}

export const PAGE_STATUS_ICONS: Record<PageStatus, string> = { confirms: '✓', denies: '✗', open: '?', differs: '≠', absent: '–' };

const PAGE_STATUS_KEYS: Record<PageStatus, MessageKey> = {
  confirms: 'comparePageConfirms',
  denies: 'comparePageDenies',
  open: 'comparePageOpen',
  differs: 'comparePageDiffers',
  absent: 'comparePageAbsent',
};

export const pageStatusWord = (status: PageStatus) => t(PAGE_STATUS_KEYS[status]);

export const topicLabel = (topic: Topic) => t(`topic_${topic.replace(/-/g, '_')}` as MessageKey);

export const developmentKindWord = (kind: DevelopmentKind) => t(`development_${kind.replace(/-/g, '_')}` as MessageKey);

export const bearsWord = (bears: 'confirms' | 'disputes') => t(bears === 'disputes' ? 'developmentDisputes' : 'developmentConfirms');
