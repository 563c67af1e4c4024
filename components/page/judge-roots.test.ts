import { describe, expect, it } from 'vitest';
import { storyGates } from '../../data/gates';
import { importablePack } from '../../tests/stories/packs';
import { judgeRoots, POST_MAX_CHARS } from './judge-roots';
import { createPageGate } from './page-gate';

const gate = createPageGate(storyGates, () => 'en');

// Our own sentences (tests/fixtures/sentences.json); the comments say what the gate sees in each.
/** Dates, firms, talks and place, with an anchor: the story on its own. */
const OPENING =
  'Executives from several Indian defence firms, including Adani Defence and Bharat Forge, held talks with Russian officials in Moscow in late October on possible joint ventures, people familiar with the matter said.';
/** A person (an anchor) and nothing else: one group, too little alone. */
const KUMAR = 'Sanjeev Kumar, the top bureaucrat in charge of defence production, headed the Indian delegation.';
/** None of the story's terms: a post that says nothing of what it is about. */
const NO_COMMENT = "India's defence ministry and the firms named did not respond to requests for comment.";
/** Two of the story's groups (firms, place), no anchor: enough for a post beside the story. */
const SIDM = 'A representative of the Society of Indian Defence Manufacturers was also in Moscow for the meetings.';
/** A neighbouring story's words (S-400 squadrons). */
const S400 = 'The last two S-400 squadrons are due to arrive by 2027, the air force said on Monday.';
const CRICKET = 'In the final over the visiting side needed nine runs, and their tail-enders scrambled them with a ball to spare.';

const onStory = (results: ReturnType<typeof judgeRoots>) => results.map((r) => r.stories.some((s) => s.ranges.length > 0));

describe('judgeRoots', () => {
  it('checks the fixture: the short posts fail the gate alone, the opening passes', () => {
    expect(gate.judge(OPENING).detected).toBe(true);
    for (const post of [KUMAR, NO_COMMENT, SIDM, S400, CRICKET]) expect(gate.judge(post).detected).toBe(false);
  });

  it('judges every root alone: the story beside another story is found, the other is not', () => {
    const long = (s: string) => `${s}\n`.repeat(Math.ceil((POST_MAX_CHARS + 100) / s.length));
    const results = judgeRoots([{ text: long(CRICKET), group: 'feed' }, { text: long(OPENING), group: 'feed' }], gate);
    expect(onStory(results)).toEqual([false, true]);
    expect(results[1]!.stories[0]!.ranges).toEqual([{ start: 0, end: long(OPENING).length }]);
  });

  it('a live blog: a short post counts when the posts together are the story and it shows the story’s signals itself', () => {
    const posts = [OPENING, KUMAR, SIDM, NO_COMMENT, S400, CRICKET].map((text) => ({ text, group: 'blog' }));
    const results = judgeRoots(posts, gate);
    // Not the post that names nothing of the story (the one before could be another story), nor
    // the neighbouring story's post, nor the cricket.
    expect(onStory(results)).toEqual([true, true, true, false, false, false]);
    // A post's ranges are its own offsets.
    expect(results[1]!.stories[0]!.ranges).toEqual([{ start: 0, end: KUMAR.length }]);
  });

  it('a short post alone, or in another group, gets no help', () => {
    expect(onStory(judgeRoots([{ text: OPENING, group: 'a' }, { text: KUMAR, group: 'b' }], gate))).toEqual([true, false]);
  });

  it('a long root that fails alone is not carried by its group', () => {
    const longKumar = `${KUMAR}\n`.repeat(Math.ceil((POST_MAX_CHARS + 100) / KUMAR.length));
    expect(onStory(judgeRoots([{ text: OPENING, group: 'g' }, { text: longKumar, group: 'g' }], gate))).toEqual([true, false]);
  });

  it('a group that is not the story as a whole carries nothing', () => {
    expect(onStory(judgeRoots([{ text: KUMAR, group: 'g' }, { text: CRICKET, group: 'g' }], gate))).toEqual([false, false]);
  });
});

describe('judgeRoots with two stories', () => {
  // The second story of the tests (tests/stories/tham-luang-cave-rescue-2018), imported beside the bundled one.
  const thamLuang = importablePack();
  const both = createPageGate([...storyGates, { story: thamLuang.story.id, language: 'en', signals: thamLuang.signals }], () => 'en');
  const CAVE = 'Two British divers, Rick Stanton and John Volanthen, found the Wild Boars football team alive in Tham Luang on 2 July, about 4 km from the entrance.';
  const SAMAN = 'Saman Kunan, a former navy diver, died during the operation.';
  const stories = (results: ReturnType<typeof judgeRoots>) => results.map((r) => r.stories.filter((s) => s.ranges.length > 0).map((s) => s.story));

  it('checks the fixture: each story’s gate takes its own text only', () => {
    expect(both.judge(OPENING).stories.map((s) => s.verdict.detected)).toEqual([true, false]);
    expect(both.judge(CAVE).stories.map((s) => s.verdict.detected)).toEqual([false, true]);
    expect(both.judge(SAMAN).detected).toBe(false);
  });

  it('a root about both stories covers both; a root about one, that one', () => {
    const results = judgeRoots([{ text: `${OPENING}\n\n${CAVE}`, group: 'a' }, { text: CAVE, group: 'b' }, { text: CRICKET, group: 'c' }], both);
    expect(stories(results)).toEqual([['india-russia-defence-jv-talks-2025', thamLuang.story.id], [thamLuang.story.id], []]);
    expect(results[0]!.verdict.detected).toBe(true);
  });

  it('a live blog of both stories: each short post counts for the story whose signals it shows', () => {
    const posts = [OPENING, CAVE, KUMAR, SAMAN, CRICKET].map((text) => ({ text, group: 'blog' }));
    expect(stories(judgeRoots(posts, both))).toEqual([['india-russia-defence-jv-talks-2025'], [thamLuang.story.id], ['india-russia-defence-jv-talks-2025'], [thamLuang.story.id], []]);
  });
});
