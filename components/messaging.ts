// The one typed contract between the content script, the background and the popup.
// Every handler checks the sender (this extension only) and the message's shape before acting;
// anything else is ignored. Nothing here travels over window.postMessage or DOM events.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Difference } from './matching/compare-figures';
import type { Polarity } from './matching/judge-claim';
import type { HighlightNames } from './page/highlighter';
import { isHighlightNames } from './page/highlight-style';
import { parseWebUrl } from './web-url';

export type { Difference, Polarity };

/** One sentence of the page that makes a known claim. */
export interface PageMatch {
  claimId: string;
  /** The page's sentence, as the reader sees it. */
  text: string;
  /** Does the sentence affirm the claim, say it is not so, or leave it open (a question, a hedge)? */
  polarity: Polarity;
  /** What the sentence states otherwise: another figure, date or measure (structured; words come from the locale files). */
  differences: Difference[];
  /** It says the opposite or gives another figure: derived, for the badge and the highlight style. */
  differs: boolean;
}

/** Is the sentence's version other than the outlets' (the opposite, another figure)? */
export const pageDiffers = (m: { polarity: Polarity; differences: readonly unknown[] }): boolean =>
  m.polarity === 'denies' || m.differences.length > 0;

/** What the content script found on the page it runs in. */
export interface PageReport {
  url: string;
  storyDetected: boolean;
  storyScore: number;
  /** The ids of the stories the page covers (bundled or imported), in the order it first covers them. */
  stories?: string[];
  matches: PageMatch[];
  /** The article's language (primary subtag), when known. */
  language?: string;
  /** false: no story is written in the page's language, so the page was not checked (the popup says so). */
  languageSupported?: boolean;
}

/** One highlight of the page, for the Web Annotation export (components/page/annotation-selectors.ts). */
export interface PageAnnotation {
  claimIds: string[];
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** The content script's answer before its first scan of the page has finished. */
export interface ScanPending {
  scanning: true;
}

export function isScanPending(value: unknown): value is ScanPending {
  return typeof value === 'object' && value !== null && (value as { scanning?: unknown }).scanning === true;
}

interface ProtocolMap {
  /** content -> background: the page was (re)scanned; sets the toolbar badge for the sender's tab. */
  reportPage(report: PageReport): void;
  /** popup -> content: what did you find on this page? (`scanning` until the first scan is done) */
  getPageReport(): PageReport | ScanPending;
  /** comparison page -> content: the page's highlights as Web Annotation selectors, with their claims. */
  getPageAnnotations(): PageAnnotation[];
  /** popup -> content: scroll the claim's first highlight into view and flash it. */
  jumpToClaim(claimId: string): boolean;
  /** content -> background: a story gate accepted this frame's page in this language; inject the story tools for it. */
  loadStoryTools(language: string): boolean;
  /** content -> background: the reader asked for a claim's full comparison (the card's button). */
  openDetails(claimId: string): void;
  /** background -> content: the keyboard command; step to the next highlight and open its card. */
  stepHighlight(direction: 1 | -1): boolean;
  /**
   * content -> background: style this page load's (random) highlight names in the sender's page,
   * and in all its frames when `frames` (highlights in a same-origin frame); see page/highlight-style.ts.
   */
  styleHighlights(request: StyleRequest): boolean;
}

export interface StyleRequest {
  names: HighlightNames;
  frames: boolean;
}

export const messenger = defineExtensionMessaging<ProtocolMap>({ logger: undefined });
export const { sendMessage, onMessage } = messenger;

/** Minimal sender shape shared by Chrome and Firefox. */
export interface SenderLike {
  id?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
  /** The address the sender's document was loaded at (single-page navigation does not change it). */
  url?: string;
}

/** True when a message comes from this extension (content script, popup or background). */
export function isFromThisExtension(sender: SenderLike | undefined, extensionId: string): boolean {
  return sender?.id === extensionId;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isScore = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;

/** Upper bound on matches one report may carry; a page cannot make more claims than we know. */
export const MAX_REPORTED_MATCHES = 500;

/** Upper bound on the stories one report may name: the bundled ones and every imported pack, with room to spare. */
export const MAX_REPORTED_STORIES = 64;

/** Longest sentence a report may carry: the reader cuts sentences at 1,200 characters. */
export const MAX_MATCH_TEXT_CHARS = 2_000;
/** Most differences one match may carry (a figure, a date, a measure). */
export const MAX_DIFFERENCES = 4;

const POLARITIES: readonly string[] = ['affirms', 'denies', 'uncertain'];
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1e9;
const isDays = (v: unknown) => Array.isArray(v) && v.length <= 31 && v.every((d) => Number.isInteger(d) && d >= 1 && d <= 31);
const isDay = (v: unknown) => isRecord(v) && Number.isInteger(v.month) && (v.month as number) >= 1 && (v.month as number) <= 12 && isDays(v.days);

export function isDifference(value: unknown): value is Difference {
  if (!isRecord(value)) return false;
  switch (value.kind) {
    case 'percent':
    case 'count':
      return isCount(value.page) && isCount(value.claim);
    case 'date':
      return isDay(value.page) && isDay(value.claim);
    case 'measure':
      return typeof value.page === 'string' && value.page.length <= 200;
    default:
      return false;
  }
}

export function isPageMatch(value: unknown): value is PageMatch {
  return (
    isRecord(value) &&
    isClaimId(value.claimId) &&
    typeof value.text === 'string' &&
    value.text.length <= MAX_MATCH_TEXT_CHARS &&
    typeof value.polarity === 'string' &&
    POLARITIES.includes(value.polarity) &&
    Array.isArray(value.differences) &&
    value.differences.length <= MAX_DIFFERENCES &&
    value.differences.every(isDifference) &&
    value.differs === pageDiffers(value as unknown as PageMatch)
  );
}

/** Claim ids (and story ids) are slugs; anything else is not one of ours. */
export function isClaimId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 200 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value);
}

/**
 * Longest page address a report may carry. Browsers accept far longer ones, but a news page's
 * address, tracking parameters and all, stays under 2,000 characters; this leaves four times that.
 */
export const MAX_URL_CHARS = 8_192;

/** Distinct story ids (slugs), at most MAX_REPORTED_STORIES; each one of `known` when given. */
export function isStoryList(value: unknown, known?: ReadonlySet<string>): value is string[] {
  return (
    Array.isArray(value) &&
    value.length <= MAX_REPORTED_STORIES &&
    value.every((id) => isClaimId(id) && (!known || known.has(id))) &&
    new Set(value).size === value.length
  );
}

/**
 * A report as the content script sends it: every field of the expected type and within its
 * bounds; when `knownClaims` and `knownStories` are given (the background has the installed
 * stories), every claim and story one of them.
 */
export function isPageReport(value: unknown, knownClaims?: ReadonlySet<string>, knownStories?: ReadonlySet<string>): value is PageReport {
  return (
    isRecord(value) &&
    typeof value.url === 'string' &&
    value.url.length <= MAX_URL_CHARS &&
    parseWebUrl(value.url) !== null &&
    typeof value.storyDetected === 'boolean' &&
    isScore(value.storyScore) &&
    (value.stories === undefined || isStoryList(value.stories, knownStories)) &&
    Array.isArray(value.matches) &&
    value.matches.length <= MAX_REPORTED_MATCHES &&
    value.matches.every((m) => isPageMatch(m) && (!knownClaims || knownClaims.has(m.claimId))) &&
    (value.language === undefined || isLanguageCode(value.language)) &&
    (value.languageSupported === undefined || typeof value.languageSupported === 'boolean')
  );
}

/** A primary language subtag ("en", "hi"); anything else is not a language we can name. */
export function isLanguageCode(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z]{2,3}$/.test(value);
}

/** The address without its fragment: a jump to an anchor stays on the same document. */
const withoutFragment = (url: string) => url.split('#', 1)[0]!;
const originOf = (url: string) => parseWebUrl(url)?.origin ?? null;

/**
 * Is the report about the page its sender's tab is showing? Its origin must be the one the sending
 * document was loaded from (single-page navigation never leaves it, and browsers keep that first
 * address as the sender's), and its address the tab's current one, fragment aside: a report for
 * another site, or one sent after the tab moved on (a newer one follows), is not the page's.
 */
export function reportMatchesSender(report: PageReport, sender: SenderLike): boolean {
  if (typeof sender.url !== 'string' || originOf(sender.url) === null || originOf(sender.url) !== originOf(report.url)) return false;
  const tabUrl = sender.tab?.url;
  return tabUrl === undefined || withoutFragment(tabUrl) === withoutFragment(report.url);
}

export function isStyleRequest(value: unknown): value is StyleRequest {
  return isRecord(value) && Object.keys(value).length === 2 && typeof value.frames === 'boolean' && isHighlightNames(value.names);
}
