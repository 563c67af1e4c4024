// A claim stated more than one way (frame.restated): each restated frame is judged with its own
// subject, predicate and groups, and the frame's slots (figure, place, rivals); `bare` asks that
// nothing of its own follow the predicate. Shown on the second test story (Tham Luang), so the core
// is seen to do it for any story, with sentences written here.
import { describe, expect, it } from 'vitest';
import type { StoryPack } from '../../data/schema';
import { importablePack } from '../../tests/stories/packs';
import { english } from './languages/en';
import { matchSentence } from './match-text';
import { buildMatchIndex } from './story-index';

function packWith(restated: Record<string, StoryPack['claims'][number]['frame']['restated']>): StoryPack {
  const pack = structuredClone(importablePack());
  pack.concepts.push({ id: 'happened', phrases: ['took place', 'happened', 'went ahead'] }, { id: 'confirmed', phrases: ['confirmed', 'repeated'] });
  for (const claim of pack.claims) {
    const more = restated[claim.id];
    if (more) claim.frame.restated = more;
  }
  return pack;
}

const plain = buildMatchIndex(packWith({}), english);
const index = buildMatchIndex(
  packWith({
    'brought-out-over-three-days': [{ subject: ['operations'], predicate: ['happened'], bare: true }],
    'about-100-divers-took-part': [{ subject: ['divers'], predicate: ['guide'] }],
  }),
  english,
);
const confirmedAfter = buildMatchIndex(
  packWith({ 'brought-out-over-three-days': [{ subject: ['operations'], predicate: ['confirmed'], objectAfter: true }] }),
  english,
);
const affirmsOnly = buildMatchIndex(packWith({ 'about-100-divers-took-part': [{ subject: ['divers'], predicate: ['guide'], affirmsOnly: true }] }), english);
const owned = buildMatchIndex(packWith({ 'narongsak-led-the-rescue': [{ subject: ['narongsak'], predicate: ['operations'], ownerBefore: true }] }), english);
const ownedByDivers = (() => {
  const pack = packWith({ 'narongsak-led-the-rescue': [{ subject: ['divers'], predicate: ['operations'], ownerBefore: true }] });
  pack.entities.push({ id: 'burmese', kind: 'place', foreign: true, names: ['Burmese'] });
  return buildMatchIndex(pack, english);
})();
const done = buildMatchIndex(packWith({ 'about-100-divers-took-part': [{ subject: ['divers'], predicate: ['guide'], done: true }] }), english);
// A restated frame's own `notObjectOf`: "comment on guiding" is no guiding.
const commented = (() => {
  const pack = packWith({ 'about-100-divers-took-part': [{ subject: ['divers'], predicate: ['guide'], notObjectOf: ['comment'] }] });
  pack.concepts.push({ id: 'comment', phrases: ['comment'] });
  return buildMatchIndex(pack, english);
})();
const found = (sentence: string, at = index, claim?: string) =>
  matchSentence(sentence, at).filter((m) => !claim || m.claimId === claim).map((m) => `${m.claimId}:${m.polarity}${m.differences.length ? '*' : ''}`);

describe('restated frames', () => {
  it('make the claim with their own subject and predicate, which the frame alone does not', () => {
    const sentence = 'After days of pumping, the three rescue operations went ahead.';
    expect(found(sentence, plain)).toEqual([]);
    expect(found(sentence)).toEqual(['brought-out-over-three-days:affirms']);
  });

  it('with `bare`, only where nothing of its own follows the predicate', () => {
    expect(found('The rescue operations took place, the governor said.')).toEqual(['brought-out-over-three-days:affirms']);
    expect(found('Officials confirmed the rescue operations happened and thanked the volunteers.')).toEqual(['brought-out-over-three-days:affirms']);
    // A slot of its own: when (or where) they took place is another statement.
    expect(found('The rescue operations took place over a long weekend.')).toEqual([]);
    expect(found('The rescue operations took place in heavy rain.')).toEqual([]);
  });

  it('keep the frame\'s slots: a required figure, and another value as differing', () => {
    const claim = 'about-100-divers-took-part';
    expect(found('Divers guided the supplies through the flooded passages.', index, claim)).toEqual([]);
    expect(found('About 100 divers guided supplies through the flooded passages.', index, claim)).toEqual([`${claim}:affirms`]);
    expect(found('Some 300 divers guided supplies through the flooded passages.', index, claim)).toEqual([`${claim}:affirms*`]);
  });

  it('and read polarity where their own predicate stands', () => {
    expect(found('It remains unclear whether the rescue operations went ahead.')).toEqual(['brought-out-over-three-days:uncertain']);
    expect(found('The rescue operations never took place.')).toEqual(['brought-out-over-three-days:denies']);
  });

  it('with `objectAfter`, only where the subject is what the predicate acts on, named right after it', () => {
    const claim = 'brought-out-over-three-days';
    expect(found('Two divers have since confirmed the operations.', confirmedAfter, claim)).toEqual([`${claim}:affirms`]);
    expect(found('The governor has not confirmed these operations.', confirmedAfter, claim)).toEqual([`${claim}:uncertain`]);
    // Said of them, not done to them; or a clause of its own after "that".
    expect(found('The operations were praised, the governor confirmed.', confirmedAfter, claim)).toEqual([]);
    expect(found('The governor repeated that the operations were costly.', confirmedAfter, claim)).toEqual([]);
    expect(found('The governor has not confirmed the date of the operations.', confirmedAfter, claim)).toEqual([]);
  });

  it('with `affirmsOnly`, never the opposite of the claim', () => {
    const claim = 'about-100-divers-took-part';
    expect(found('About a hundred divers guided the boys out.', affirmsOnly, claim)).toEqual([`${claim}:affirms`]);
    expect(found('About 100 divers did not guide the boys out.', index, claim)).toEqual([`${claim}:denies`]);
    expect(found('About 100 divers did not guide the boys out.', affirmsOnly, claim)).toEqual([]);
  });

  it('with `notObjectOf` of their own: what a word the frame lists is about is no statement', () => {
    const claim = 'about-100-divers-took-part';
    const sentence = 'About 100 divers declined to comment on guiding the boys out.';
    expect(found(sentence, index, claim)).toEqual([`${claim}:denies`]);
    expect(found(sentence, commented, claim)).toEqual([]);
    expect(found('About 100 divers guided the boys out.', commented, claim)).toEqual([`${claim}:affirms`]);
  });

  it('with `done`, not where the predicate is said of what is to come', () => {
    const claim = 'about-100-divers-took-part';
    expect(found('About 100 divers will guide the boys out next week.', index, claim)).toEqual([`${claim}:affirms`]);
    expect(found('About 100 divers will guide the boys out next week.', done, claim)).toEqual([]);
    expect(found('About 100 divers are expected to guide the boys out of the cave.', done, claim)).toEqual([]);
    expect(found('About 100 divers guided the boys out.', done, claim)).toEqual([`${claim}:affirms`]);
  });

  it('with `ownerBefore`, only where the subject owns the predicate as a possessive right before it, taken as given', () => {
    const claim = 'narongsak-led-the-rescue';
    expect(found('Narongsak\'s operations drew volunteers from around the world.', owned, claim)).toEqual([`${claim}:affirms`]);
    expect(found('Did Narongsak\'s operations ever stand a chance?', owned, claim)).toEqual([`${claim}:affirms`]);
    expect(found('Narongsak\'s operations drew volunteers from around the world.', plain, claim)).toEqual([]);
    expect(found('Narongsak watched the operations from the cave entrance.', owned, claim)).toEqual([]);
    // Never another country's owner.
    expect(found('The divers\' operations drew volunteers from around the world.', ownedByDivers, claim)).toEqual([`${claim}:affirms`]);
    expect(found('The Burmese divers\' operations drew volunteers from around the world.', ownedByDivers, claim)).toEqual([]);
  });
});
