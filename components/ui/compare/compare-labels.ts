// The comparison page's words and icons: each position and page status as an icon AND a word (so
// colour is never the only signal), topics, kinds of development, and dates in the reader's locale.
import { browser } from 'wxt/browser';
import type { DevelopmentKind, Topic } from '../../../data/schema';
import type { Position } from '../claim-view-model';
import { t, type MessageKey } from '../i18n';
import type { PageStatus } from './compare-model';

/** Tick, cross, approximately-equal, en dash: shapes that differ in outline as well as meaning. */
export const POSITION_ICONS: Record<Position, string> = { confirms: '✓', disputes: '✗', qualifies: '≈', silent: '–' };

const POSITION_KEYS: Record<Position, MessageKey> = {
  confirms: 'stanceConfirms',
  disputes: 'stanceDisputes',
  qualifies: 'compareStanceQualifies',
  silent: 'stanceSilent',
};

export const positionWord = (position: Position) => t(POSITION_KEYS[position]);

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

function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en'; // The fake browser in tests has no i18n.
  }
}

/** "10 Dec 2025" in the reader's locale; the data's dates are calendar days, so UTC. */
export function formatDay(iso: string, locale = uiLocale()): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}
