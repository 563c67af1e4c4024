// The story read in spun copy (a page republished through an article spinner): the swaps of
// en-spun.ts let its phrases be found, and ordinary English that uses the same words is not read
// as the story. Sentences written for this test; none comes from the evaluation set or the seeds.
import { describe, expect, it } from 'vitest';
import { storyPack } from '../../../data/packs';
import { paragraphClaims } from '../fixtures/paragraph-claims';
import { buildMatchIndex } from '../story-index';
import { english } from './en';

const index = buildMatchIndex(storyPack, english);
const claimsOf = (...paragraph: string[]) => paragraphClaims(index, paragraph);

describe('spun copy of the story', () => {
  it.each([
    [['Top chiefs of Indian guard organisations held conversations with Russian authorities in Moscow about joint endeavours.'], ['executives-met-russian-officials-in-moscow:a']],
    [['Western state run administrations regard the Russian-made share of India\'s tactical stock as a hindrance to sharing delicate innovation.'], ['russian-arms-obstacle-to-western-technology:a']],
    // "present" inside a phrase of the story's ("had been present"), and a concrete agreement.
    [['Indian government functionaries had been current throughout the conversations in Moscow.'], ['government-officials-attended:a']],
    [['No tangible settlement was clinched in Moscow, the assets added.'], ['no-concrete-agreement-finalised:a']],
    // "growth" for "development", "classes" for "sessions", "regarded into" for "looked at".
    [['Joint growth of new choppers, drones and AI frameworks was also weighed in Moscow.'], ['joint-development-helicopters-drones-ai:a']],
    [['Indian defence executives held sessions with Russian officials in Moscow.', 'Bharat Forge regarded into elements for tanks, choppers and planes.'], ['bharat-forge-tanks-helicopters-aircraft:a']],
    // "begin-ups" for "start-ups", "synthetic" for "artificial".
    [['Begin-ups constructing drones and navy synthetic intelligence were among the contributors in Moscow.'], ['startups-drones-ai-attended:a']],
    // "take element" for "take part", "optional assents" for "secondary sanctions", "the go to" for
    // "the visit", "the primary of its sort" for "the first of its kind", "joint studies" for "joint research".
    [['Indian executives met Russian officials in Moscow.', 'Tata Sons and Larsen & Toubro did not take element within the talks.'], ['tata-lt-bel-did-not-participate:a']],
    [['Indian corporations stay careful about deeper work with Russia, given the gamble of optional assents.'], ['secondary-sanctions-risk:a']],
    [['Indian executives met Russian officials in Moscow.', 'The go to was the primary of its sort since the incursion of Ukraine in 2022.'], ['first-visit-since-2022:a']],
    [['After the summit, the two nations said they would steer their partnership in the direction of joint studies, co-improvement and co-manufacturing.'], ['shift-to-joint-research-and-co-production:a']],
  ])('%s', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});

describe('ordinary English with the words spinners use', () => {
  it.each([
    [['The coast guard\'s senior officers held talks with Russian naval officials in Moscow.'], []],
    [['Indian data-protection firms met Russian officials in Moscow last week.'], []],
    [['Senior leaders of India and Russia met in Moscow last month.'], []],
    // Forms that would stem like common words: "input", "generation" (general), "building",
    // "authority" (author: a swap of "official" applies to "officials" too, both stem alike).
    [['Indian executives met Russian officials in Moscow.', 'There was no input from the defence ministry.'], []],
    [['Indian executives met Russian officials in Moscow.', 'Russian kit is an obstacle to the US General Electric engine deal.'], []],
    [['Adani Defence and Bharat Forge plan to build drones together.'], []],
    [['Indian executives met Russian officials in Moscow.', 'Indian authors were also present at the Moscow talks.'], []],
    [['Indian executives met Russian officials in Moscow.', 'Exchange rates had been current at the time of the talks.'], []],
    [['Indian executives met Russian officials in Moscow.', 'Government officials were not available for comment.'], []],
    [['A tangible settlement was reached in the wage dispute at the Pune plant.'], []],
    [['Economists expect joint growth in trade between India and Russia next year.'], []],
    [['Indian executives met Russian officials in Moscow.', 'Joint construction of a road bridge across the border river was also discussed.'], []],
    [['India and Russia agreed to move into a new era of joint research, co-development and co-production.'], ['shift-to-joint-research-and-co-production:a']],
    [['Bharat Forge did not comment on the construction delays at its Pune plant.'], []],
    [['Adani Defence makes elements used in missiles, and is a part of the Adani Group.'], []],
    [['A go to market plan for its new drones was the primary focus of the startup.'], []],
    [['The company did not take element suppliers from Russia in its last tender.'], []],
  ])('%s', (paragraph, expected) => {
    expect(claimsOf(...paragraph)).toEqual(expected);
  });
});
