// What the hover card says about the claims of one highlighted sentence: pure, so it is tested
// without a page. Quotes are cut to their first lines: the popup has the rest.
import type { ClaimSet, Stance } from '../../data/schema';
import { claimStanding, developmentsOf, stanceSummary, type Standing } from '../claim-status';
import { claimTextFor, outletLanguage } from '../claim-text';
import { describePageVersion, type DifferenceLabels } from '../difference-text';
import { pageDiffers, type Difference, type Polarity } from '../messaging';

/** Longest quote shown in the card, in characters; longer ones end with an ellipsis. */
export const CARD_QUOTE_MAX_CHARS = 160;
/** Quotes shown per claim (disputing ones first); one each when a sentence makes several claims. */
export const CARD_QUOTES_PER_CLAIM = 2;

export interface CardClaim {
  id: string;
  /** In the reader's language when the data has it (claim-text.ts); `textLang` says which language it is in. */
  text: string;
  textLang: string;
  /** The language of the story's own words (development summaries). */
  storyLang: string;
  /** Disputed (an outlet, or this page) or contested (denied since) is flagged; see claim-status.ts. */
  standing: Standing;
  disputed: boolean;
  /** How this page's sentence states it otherwise ("says it is not so", "gives 76% where …"). */
  pageDifference?: string;
  /** The page's sentence leaves the claim open (a question, a hedge): neither confirms nor disputes. */
  open: boolean;
  summary: Record<Stance | 'silent', string[]>;
  /** Quotes stay in the outlet's language, `lang`. */
  evidence: Array<{ outlet: string; stance: Stance; quote: string; lang: string }>;
  /** What happened since publication, in date order: "10 Dec 2025 · Bharat Forge: …". */
  since: Array<{ date: string; who: string; bears: 'confirms' | 'disputes'; summary: string }>;
}

/** Developments shown per claim in the card (the latest ones); the comparison page has them all. */
export const CARD_DEVELOPMENTS_PER_CLAIM = 3;

/** "10 Dec 2025" in the reader's locale. */
export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

export interface PageClaimMatch {
  claimId: string;
  polarity: Polarity;
  differences: Difference[];
}

/** What the card needs to put a page's version into words. */
export interface PageVersionWords {
  differences: DifferenceLabels;
  locale: string;
}

const STANCE_ORDER: Record<Stance, number> = { disputes: 0, qualifies: 1, confirms: 2 };

export function shorten(text: string, max = CARD_QUOTE_MAX_CHARS): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.lastIndexOf(' ', max - 1);
  return `${clean.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

/** `stories`: the claim set, or the story of each claim when the page covers several. */
export function cardClaims(matches: PageClaimMatch[], stories: ClaimSet | ((claimId: string) => ClaimSet | undefined), words: PageVersionWords): CardClaim[] {
  const seen = new Set<string>();
  const out: CardClaim[] = [];
  const quotesPerClaim = new Set(matches.map((m) => m.claimId)).size > 1 ? 1 : CARD_QUOTES_PER_CLAIM;
  for (const match of matches) {
    const claimSet = typeof stories === 'function' ? stories(match.claimId) : stories;
    const claim = claimSet?.claims.find((c) => c.id === match.claimId);
    if (!claimSet || !claim || seen.has(claim.id)) continue;
    seen.add(claim.id);
    const evidence = [...claim.stances]
      .sort((a, b) => STANCE_ORDER[a.stance] - STANCE_ORDER[b.stance])
      .slice(0, quotesPerClaim)
      .map((s) => {
        const outlet = claimSet.outlets.find((o) => o.id === s.outlet);
        const lang = outlet ? outletLanguage(outlet, claimSet.story.language) : claimSet.story.language;
        return { outlet: outlet?.name ?? s.outlet, stance: s.stance, quote: shorten(s.quote), lang };
      });
    const pageDifference = describePageVersion(match, words.differences, words.locale);
    const standing = claimStanding(claim, claimSet, pageDiffers(match));
    const since = developmentsOf(claim.id, claimSet)
      .filter((d) => d.kind !== 'report')
      .slice(-CARD_DEVELOPMENTS_PER_CLAIM)
      .map((d) => ({ date: formatDate(d.date, words.locale), who: d.who.name, bears: d.bears, summary: shorten(d.summary) }));
    const shown = claimTextFor(claim, words.locale, claimSet.story.language);
    out.push({
      id: claim.id,
      text: shown.text,
      textLang: shown.lang,
      storyLang: claimSet.story.language,
      standing,
      disputed: standing !== 'confirmed',
      open: match.polarity === 'uncertain',
      ...(pageDifference ? { pageDifference } : {}),
      summary: stanceSummary(claim, claimSet),
      evidence,
      since,
    });
  }
  return out;
}
