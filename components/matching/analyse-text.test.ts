import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { claimSet } from '../../data';
import { createTextAnalyser } from './analyse-text';
import { matchSentence } from './match-claims';

// Spies that call through to the real functions: the memory test counts the sentences matched afresh.
vi.mock('./match-claims', { spy: true });

const seeds = claimSet.outlets.map((o) => readFileSync(join(import.meta.dirname, '../../seeds', o.seed), 'utf8'));

describe('analyseSliced', () => {
  it('finds exactly what analyse finds, and gives the page a turn when asked', async () => {
    const analyser = createTextAnalyser(claimSet);
    for (const text of seeds) {
      let turns = 0;
      const sliced = await analyser.analyseSliced(text, { shouldYield: () => true, yieldToPage: async () => void turns++ });
      expect(sliced).toEqual(analyser.analyse(text));
      expect(turns).toBeGreaterThan(text.split('\n').length);
    }
  });

  it('matches a sentence seen before from memory, with the new offsets', async () => {
    const analyser = createTextAnalyser(claimSet);
    const control = { shouldYield: () => false, yieldToPage: async () => undefined };
    const text = seeds[4]!;
    const first = await analyser.analyseSliced(text, control);
    vi.mocked(matchSentence).mockClear();
    const shifted = await analyser.analyseSliced(`Preface line.\n${text}`, control);
    // Only the new sentence is matched; every other one comes from memory.
    expect(vi.mocked(matchSentence).mock.calls.map(([sentence]) => sentence)).toEqual(['Preface line.']);
    expect(shifted.matches.map((m) => [m.claimId, m.start - 14])).toEqual(first.matches.map((m) => [m.claimId, m.start]));
  });

  it('does no matching on text that is not the story: its only turns come before the verdict', async () => {
    const analyser = createTextAnalyser(claimSet);
    let turns = 0;
    const control = { shouldYield: () => true, yieldToPage: async () => void turns++ };
    const result = await analyser.analyseSliced('The monsoon reached Kerala early.\nFarmers wait for rain.', control);
    expect(result).toEqual({ story: expect.objectContaining({ detected: false }), matches: [] });
    // One turn before the verdict, one after compiling the gate's patterns (first time only).
    expect(turns).toBe(2);
    turns = 0;
    await analyser.analyseSliced('Farmers wait for rain.', control);
    expect(turns).toBe(1);
  });
});
