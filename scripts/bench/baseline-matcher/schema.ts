// The old claim set's types, as they were at commit 8b95da7 (see README.md).

export const STANCES = ['confirms', 'disputes', 'qualifies'] as const;
export type Stance = (typeof STANCES)[number];

/** What a claim is about; the popup groups and labels claims by it. */
export const TOPICS = [
  'who-attended',
  'when-and-where',
  'who-led',
  'what-was-discussed',
  'what-was-proposed',
  'responses',
  'context',
  'caveats',
] as const;
export type Topic = (typeof TOPICS)[number];

export interface Outlet {
  /** Readable slug, e.g. `the-gaze`. */
  id: string;
  name: string;
  /** File name of the outlet's article in `seeds/`. */
  seed: string;
  /** Address of the original article (from ../shared/seeds/SOURCES.md). */
  url: string;
}

export interface OutletStance {
  /** An `Outlet.id`. */
  outlet: string;
  stance: Stance;
  /** Verbatim words from the outlet's seed (whitespace may differ). */
  quote: string;
  /** What differs from the claim; required for `disputes` and `qualifies`. */
  note?: string;
}

export interface Claim {
  /** Stable readable slug, e.g. `adani-ceo-attended`. */
  id: string;
  /** One neutral sentence stating the claim. */
  text: string;
  topic: Topic;
  /** Other ways outlets phrase the claim; matching searches these alongside `text`. */
  variants: string[];
  /** Key terms: names, numbers, dates that a sentence making this claim is expected to carry. */
  terms: string[];
  /** One entry per outlet that addresses the claim; an outlet with no entry is silent. */
  stances: OutletStance[];
}

/**
 * Terms that, found together, say a page covers the story (see components/matching/story-gate.ts).
 * Terms are plain phrases; the gate tolerates case, dashes, "defense"/"defence", "Oct."/"October".
 */
export interface StorySignalGroup {
  /** e.g. `people`, `dates`, `firms`. */
  id: string;
  /** How much finding this group says; a name or the dates say more than "Moscow". */
  weight: number;
  /** An anchor group pins the text to this event (its people or dates); the gate needs one. */
  anchor?: boolean;
  terms: string[];
}

export interface Story {
  id: string;
  title: string;
  /** One or two sentences a reader sees in the popup's header. */
  summary: string;
  signals: StorySignalGroup[];
}

export interface ClaimSet {
  story: Story;
  outlets: Outlet[];
  claims: Claim[];
}

