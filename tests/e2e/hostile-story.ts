// The story as the hostile pages tell it (tests/fixtures/hostile/), shared by the robustness-*
// e2e tests: its sentences, which must be highlighted, and the checks that they are and that
// nothing else is.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { allHighlighted, highlightsOf } from './page-probes';

/**
 * The story as the hostile pages tell it (tests/fixtures/hostile/*.html carry these paragraphs).
 * Sentences under MUST make a claim strongly enough that they are always highlighted; every
 * sentence of the story paragraphs may be.
 */
export const S = {
  executives:
    'Executives from several Indian defence firms, including Adani Defence and Bharat Forge, held talks with Russian officials in Moscow in late October on possible joint ventures, people familiar with the matter said.',
  dates: 'A delegation of Indian industry executives held meetings in Moscow on Oct. 29-30, the sources said.',
  weather: 'The weather in Moscow was cold and grey for most of the week.',
  rajvanshi: 'Ashish Rajvanshi, chief executive of Adani Defense and Aerospace, attended on behalf of the company, two of the sources said.',
  bharatForge: 'Bharat Forge sent a senior official, according to two of the sources.',
  denied: 'In a statement, the Adani Group denied that it had any role in the meetings.',
  kumar: 'Sanjeev Kumar, the top bureaucrat in charge of defence production, headed the Indian delegation.',
  sidm: 'SIDM counts more than 500 Indian defence companies among its members.',
  officials: 'Officials from New Delhi were present at the talks alongside the company executives.',
  kalyani: 'Kalyani Group, the parent of Bharat Forge, builds artillery and missile components through the Pune-based company.',
  noComment: "India's defence ministry and the firms named did not respond to requests for comment.",
  // Not on the pages at first: added by a test or a page script.
  sidmRepresentative: "The Society of Indian Defence Manufacturers, the industry's main lobby group, sent a representative to the meetings.",
  keen: 'Bharat Forge was keen to work with Russian partners on parts for tanks, helicopters and aircraft.',
  sixManagers: 'No fewer than six senior managers from Indian public-sector and private defence firms joined the discussions.',
  arunSahni:
    "Arun Sahni, a retired lieutenant general who advises the Tata group's defence business, said he had been in Moscow in November on a private trip and was not part of the official talks.",
  liveDates: 'Live: the talks took place in Moscow on 29–30 October.',
} as const;

/** The story paragraphs of forgery.html, deep.html and the generated pages. */
export const STORY_PARAGRAPHS = [
  S.executives,
  `${S.dates} ${S.weather}`,
  S.rajvanshi,
  `${S.bharatForge} ${S.denied}`,
  S.kumar,
  S.sidm,
  S.officials,
  S.kalyani,
  S.noComment,
];
export const MUST = [S.executives, S.dates, S.rajvanshi, S.bharatForge, S.denied, S.kumar, S.sidm, S.officials, S.kalyani, S.noComment];
/** Every sentence a story page here may legitimately highlight. */
export const STORY_SENTENCES = new Set<string>([...Object.values(S), 'Indian arms makers held quiet talks in Moscow']);

export const highlighted = async (page: Page) => allHighlighted(await highlightsOf(page));
export const pageNow = (page: Page) => page.evaluate(() => performance.now());

/** The story sentences that must be highlighted, are; and nothing outside the story is. */
export function expectStoryHighlights(texts: string[], must: readonly string[]) {
  for (const sentence of must) expect(texts, `highlighted: ${sentence}`).toContain(sentence);
  expect(texts.filter((t) => !STORY_SENTENCES.has(t))).toEqual([]);
}

/** Has forgery.html dispatch WXT's location-change event `count` times under our extension's id. */
export const forgeLocationChange = (page: Page, extensionId: string, count: number) =>
  page.evaluate(([id, n]) => (window as unknown as { forgeLocationChange(id: string, n: number): void }).forgeLocationChange(id, n), [extensionId, count] as const);
