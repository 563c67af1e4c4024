// The contract between the content script every page loads and the story tools injected only on
// pages a story gate accepts (entrypoints/story-tools.ts): the matcher with every installed story
// of one language (the bundled packs, and those imported from files, read from storage when the
// tools arrive), fuse.js and the stemmer, and the hover card. Keeping them out of the content
// script keeps what every page pays for small. The tools are handed over through a property of
// the content scripts' own isolated world, which page scripts cannot see.
import type { ClaimSet } from '../data/schema';
import type { SliceControl, SlicedMatchOptions } from './matching/analyse-text';
import type { ClaimMatch } from './matching/match-text';
import type { CardClaim, PageClaimMatch, PageVersionWords } from './page/card-content';
import type { CardLabels, ClaimCard } from './page/claim-card';

export interface StoryTools {
  /** The build they came from: tools left by an older version of the extension are not used. */
  build: string;
  /** The language of the pages they read (story-tools.js is English; story-tools-<code>.js another). */
  language: string;
  /** The story (claim set) a claim belongs to; claim ids are unique across installed stories. */
  storyOf(claimId: string): ClaimSet | undefined;
  /** Matches the claims of `story` in the passages its gate accepted, in slices; none for a story the tools do not hold. */
  matchSliced(story: string, text: string, control: SliceControl, options: SlicedMatchOptions): Promise<ClaimMatch[]>;
  createCard(doc: Document, labels: CardLabels, handlers: { onOpenDetails(claimId: string): void }): ClaimCard;
  cardClaims(matches: PageClaimMatch[], words: PageVersionWords): CardClaim[];
}

/** The isolated world's property holding the tools once injected. */
export const STORY_TOOLS_KEY = '__claimCrossCheckStoryTools';

declare const __BUILD_ID__: string | undefined;
/** Set by the build (wxt.config.ts `define`); tests and the scripts share one value. */
export const BUILD_ID: string = typeof __BUILD_ID__ === 'string' ? __BUILD_ID__ : 'dev';

type Holder = Record<string, unknown>;

export function installStoryTools(world: object, tools: StoryTools): void {
  Object.defineProperty(world, STORY_TOOLS_KEY, { value: tools, configurable: true });
}

/** The tools for `language` injected into this world by this build, if any. */
export function installedStoryTools(world: object, language: string): StoryTools | undefined {
  const tools = (world as Holder)[STORY_TOOLS_KEY] as Partial<StoryTools> | undefined;
  return tools && tools.build === BUILD_ID && tools.language === language && typeof tools.matchSliced === 'function' ? (tools as StoryTools) : undefined;
}

/** The languages with story tools, and the script of each, as the build names them. */
export const STORY_TOOLS_FILES: Readonly<Record<string, string>> = {
  en: '/story-tools.js',
  hi: '/story-tools-hi.js',
  ru: '/story-tools-ru.js',
  fr: '/story-tools-fr.js',
};
