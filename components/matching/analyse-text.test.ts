import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { storyPack } from '../../data/packs';
import { createTextAnalyser, type SentenceMemory } from './analyse-text';
import { viewSentence } from './sentence-view';
import { buildMatchIndex, matchIndexSteps } from './story-index';

// Spies that call through to the real functions: the memory tests count the sentences read afresh,
// the gate test checks the match index is never built for a text that is not the story.
vi.mock('./sentence-view', { spy: true });
vi.mock('./story-index', { spy: true });

const seeds = storyPack.outlets.map((o) => readFileSync(join(import.meta.dirname, '../../seeds', o.seed), 'utf8'));

describe('matchSliced', () => {
  it('finds exactly what analyse finds, and gives the page a turn when asked', async () => {
    const analyser = createTextAnalyser(storyPack);
    for (const text of seeds) {
      const verdict = analyser.judge(text);
      expect(verdict.detected).toBe(true);
      const ranges = analyser.passages(text, verdict).filter((p) => p.onStory);
      let turns = 0;
      const sliced = await analyser.matchSliced(text, { shouldYield: () => true, yieldToPage: async () => void turns++ }, { ranges });
      const whole = analyser.analyse(text).matches;
      expect(whole.length).toBeGreaterThan(0);
      expect(sliced).toEqual(whole);
      // A turn after each paragraph (a line) of the passages matched, at least.
      const paragraphs = ranges.flatMap((r) => text.slice(r.start, r.end).split('\n').filter((line) => line.length > 0));
      expect(turns).toBeGreaterThanOrEqual(paragraphs.length);
    }
  });

  it('reads a sentence seen before from memory, with the new offsets', async () => {
    const analyser = createTextAnalyser(storyPack);
    const control = { shouldYield: () => false, yieldToPage: async () => undefined };
    const text = seeds[4]!;
    const memory: SentenceMemory = new Map();
    const first = await analyser.matchSliced(text, control, { memory });
    expect(first.length).toBeGreaterThan(0);
    vi.mocked(viewSentence).mockClear();
    const shifted = await analyser.matchSliced(`Preface line.\n${text}`, control, { memory });
    // Only the new sentence is read; every other one comes from memory.
    expect(vi.mocked(viewSentence).mock.calls.map(([sentence]) => sentence)).toEqual(['Preface line.']);
    expect(shifted.map((m) => [m.claimId, m.start - 14])).toEqual(first.map((m) => [m.claimId, m.start]));
  });

  it('keeps in a memory only the sentences of the text it was last given, however many texts came before', async () => {
    const analyser = createTextAnalyser(storyPack);
    const control = { shouldYield: () => false, yieldToPage: async () => undefined };
    const memory: SentenceMemory = new Map();
    // A single-page app's view showing one story after another: each a text never seen before.
    const texts = Array.from({ length: 16 }, (_, n) => seeds[n % seeds.length]!.replace(/\.(\s)/g, ` (dispatch ${n}).$1`));
    const sentencesOf = (text: string) => new Set(text.split('\n').flatMap((line) => line.split(/(?<=[.!?])\s+/)).map((s) => s.trim()).filter(Boolean));
    for (const text of texts) {
      await analyser.matchSliced(text, control, { memory });
      expect(memory.size).toBeGreaterThan(0);
      expect(memory.size).toBeLessThanOrEqual(sentencesOf(text).size);
      for (const sentence of memory.keys()) expect(text).toContain(sentence);
    }
  });

  it('keeps nothing between texts of its own: without a memory, every sentence is read again', async () => {
    const analyser = createTextAnalyser(storyPack);
    const control = { shouldYield: () => false, yieldToPage: async () => undefined };
    const text = seeds[4]!;
    vi.mocked(viewSentence).mockClear();
    await analyser.matchSliced(text, control);
    const once = vi.mocked(viewSentence).mock.calls.length;
    expect(once).toBeGreaterThan(0);
    await analyser.matchSliced(text, control);
    expect(vi.mocked(viewSentence).mock.calls.length).toBe(2 * once);
  });

  it('builds the match index in slices, giving the page turns', async () => {
    const analyser = createTextAnalyser(storyPack);
    vi.mocked(matchIndexSteps).mockClear();
    let turns = 0;
    await analyser.matchSliced('Farmers wait for rain.', { shouldYield: () => true, yieldToPage: async () => void turns++ });
    expect(vi.mocked(matchIndexSteps)).toHaveBeenCalledTimes(1);
    expect(turns).toBeGreaterThan(1);
  });
});

describe('analyse', () => {
  it('does no matching on text that is not the story: the match index is never built', () => {
    const analyser = createTextAnalyser(storyPack);
    vi.mocked(buildMatchIndex).mockClear();
    vi.mocked(matchIndexSteps).mockClear();
    const result = analyser.analyse('The monsoon reached Kerala early.\nFarmers wait for rain.');
    expect(result).toEqual({ story: expect.objectContaining({ detected: false }), matches: [] });
    expect(vi.mocked(buildMatchIndex)).not.toHaveBeenCalled();
    expect(vi.mocked(matchIndexSteps)).not.toHaveBeenCalled();
  });

  it('matches only the passages that cover the story', () => {
    const analyser = createTextAnalyser(storyPack);
    const text = seeds[0]!;
    // A passage on a neighbouring story (BrahMos) that would make a claim if it were matched.
    const elsewhere = '\n\nIn a separate BrahMos deal, executives of Indian defence companies met Russian officials in Moscow.';
    const whole = text + elsewhere;
    expect(analyser.match(whole).some((m) => m.start >= text.length)).toBe(true);
    const { story, matches } = analyser.analyse(whole);
    expect(story.detected).toBe(true);
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.every((m) => m.end <= text.length)).toBe(true);
  });

  it('leaves a live page\'s oil-purchase entry after a story entry unmatched', () => {
    const analyser = createTextAnalyser(storyPack);
    const text = seeds[0]!;
    // No anchor of ours: without its own neighbouring-story words it would continue the story's passage.
    const oil = '\n\nRefiners trim Russian crude\nState refiners have cut purchases of Russian crude. They are buying more from the Gulf instead, the sources said, asking not to be named.';
    const { story, matches } = analyser.analyse(text + oil);
    expect(story.detected).toBe(true);
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.every((m) => m.end <= text.length)).toBe(true);
  });
});

describe('a live page: an entry on a neighbouring story is no passage of ours', () => {
  // Written for this test: the story's entry, then one on the S-400 deliveries that shares its words.
  const text = [
    'Bharat Forge told the stock exchanges that nobody from the company attended the meetings with Russian officials in Moscow on October 29-30.',
    'S-400: Russia\'s envoy said the remaining S-400 air-defence units would reach India on time. He said spare parts and servicing for the air-defence systems already in service would keep flowing.',
  ].join('\n\n');

  it('highlights the story\'s entry and nothing of the other', () => {
    const analysis = createTextAnalyser(storyPack).analyse(text);
    expect(analysis.story.detected).toBe(true);
    const highlighted = analysis.matches.map((m) => text.slice(m.start, m.end));
    expect(highlighted.some((h) => h.startsWith('Bharat Forge told'))).toBe(true);
    expect(highlighted.filter((h) => h.includes('S-400') || h.includes('spare parts'))).toEqual([]);
  });

  it('nor of one that shares more of our words: three groups of ours do not outweigh the neighbour\'s', () => {
    const page = `${text}\n\nS-400 upgrade: Russian officials in Moscow said talks on spare parts for India's S-400 and MiG-29 fleets would resume next month.`;
    const highlighted = createTextAnalyser(storyPack).analyse(page).matches.map((m) => page.slice(m.start, m.end));
    expect(highlighted.filter((h) => h.includes('S-400'))).toEqual([]);
  });
});
