// "He" for the organisation whose official, envoy or executive the sentence before names, where it
// names no person: "Bharat Forge's envoy had a list. He looked at …". Sentences written for this
// test; none comes from the evaluation set or the seeds.
import { describe, expect, it } from 'vitest';
import { storyPack } from '../../../data/packs';
import { paragraphClaims } from '../fixtures/paragraph-claims';
import { buildMatchIndex } from '../story-index';
import { english } from './en';

const index = buildMatchIndex(storyPack, english);
const claimsOf = (...paragraph: string[]) => paragraphClaims(index, paragraph);

describe('"he": the organisation whose someone the sentence before names', () => {
  it.each([
    [['Bharat Forge\'s envoy to the talks came with a clear brief.', 'He explored work on parts for tanks, helicopters and aircraft.']],
    [['Bharat Forge sent a single senior manager, the report said.', 'He explored work on parts for tanks, helicopters and aircraft.']],
    [['The delegation included an official from Bharat Forge.', 'He explored work on parts for tanks, helicopters and aircraft.']],
  ])('%s', (paragraph) => {
    expect(claimsOf(...paragraph)).toContain('bharat-forge-tanks-helicopters-aircraft:a');
  });

  it('not where the sentence before names a person, nor for a foreign firm\'s envoy', () => {
    expect(claimsOf('Ashish Rajvanshi, the Adani Defence chief executive, was also there.', 'He explored work on parts for tanks, helicopters and aircraft.')).toEqual([]);
    expect(claimsOf('An envoy of a Chinese drone maker was in Moscow that week.', 'He explored work on parts for tanks, helicopters and aircraft.')).toEqual([]);
  });
});
