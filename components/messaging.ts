// The one typed contract between the content script, the background and the popup.
// Every handler checks the sender (this extension only) and the message's shape before acting;
// anything else is ignored. Nothing here travels over window.postMessage or DOM events.
import { defineExtensionMessaging } from '@webext-core/messaging';

/** One sentence of the page that makes a known claim. */
export interface PageMatch {
  claimId: string;
  /** The page's sentence, as the reader sees it. */
  text: string;
  /** 0..1, higher is a closer match. */
  score: number;
  /** The sentence states the claim with another figure, date or polarity than the outlets. */
  differs: boolean;
  /** What differs, for the reader ("page says 76%; outlets say 36%"). */
  difference?: string;
}

/** What the content script found on the page it runs in. */
export interface PageReport {
  url: string;
  storyDetected: boolean;
  storyScore: number;
  matches: PageMatch[];
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
  /** popup -> content: scroll the claim's first highlight into view and flash it. */
  jumpToClaim(claimId: string): boolean;
  /** content -> background: the reader asked for a claim's full comparison (the card's button). */
  openDetails(claimId: string): void;
  /** background -> content: the keyboard command; step to the next highlight and open its card. */
  stepHighlight(direction: 1 | -1): boolean;
}

export const messenger = defineExtensionMessaging<ProtocolMap>({ logger: undefined });
export const { sendMessage, onMessage } = messenger;

/** Minimal sender shape shared by Chrome and Firefox. */
export interface SenderLike {
  id?: string;
  tab?: { id?: number };
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

export function isPageMatch(value: unknown): value is PageMatch {
  return (
    isRecord(value) &&
    typeof value.claimId === 'string' &&
    typeof value.text === 'string' &&
    isScore(value.score) &&
    typeof value.differs === 'boolean' &&
    (value.difference === undefined || typeof value.difference === 'string')
  );
}

/** Claim ids are slugs; anything else is not one of ours. */
export function isClaimId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 200 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value);
}

export function isPageReport(value: unknown): value is PageReport {
  return (
    isRecord(value) &&
    typeof value.url === 'string' &&
    typeof value.storyDetected === 'boolean' &&
    isScore(value.storyScore) &&
    Array.isArray(value.matches) &&
    value.matches.length <= MAX_REPORTED_MATCHES &&
    value.matches.every(isPageMatch)
  );
}
