// Table tests for claim matching: sentences that must make a named claim (with or without a
// difference), sentences that must make none, and the seeds against the claim set's own stances.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimSet } from '../../data';
import { buildClaimIndex } from './claim-index';
import { createTextAnalyser } from './analyse-text';
import { matchClaims, matchSentence } from './match-claims';

const root = join(import.meta.dirname, '../..');
const table = JSON.parse(readFileSync(join(root, 'tests/fixtures/sentences.json'), 'utf8')) as {
  mustMatch: Array<{ text: string; claim: string; differs: boolean; expectMiss?: string }>;
  mustNotMatch: Array<{ text: string; notClaim: string | null }>;
};
const furniture = JSON.parse(readFileSync(join(root, 'tests/fixtures/seeds-furniture.json'), 'utf8')) as Record<string, string[]>;
const index = buildClaimIndex(claimSet);
const analyser = createTextAnalyser(claimSet);

describe('sentences that make a claim', () => {
  const rows = table.mustMatch.filter((r) => !r.expectMiss);
  it.each(rows.map((r) => [r.claim, r.text, r.differs] as const))('%s: %s', (claim, text, differs) => {
    const match = matchSentence(text, index).find((m) => m.claimId === claim);
    expect(match, `no match for ${claim}`).toBeDefined();
    expect(match!.differs, match!.difference ?? 'no difference').toBe(differs);
    expect(match!.score).toBeGreaterThan(0);
    expect(match!.score).toBeLessThanOrEqual(1);
    expect(match!.why.terms.length).toBeGreaterThan(0);
  });

  // Recorded misses keep the table honest: when one starts matching, move it to the list above.
  const misses = table.mustMatch.filter((r) => r.expectMiss);
  it.each(misses.map((r) => [r.claim, r.text] as const))('known miss, %s: %s', (claim, text) => {
    expect(matchSentence(text, index).map((m) => m.claimId)).not.toContain(claim);
  });

  it('finds most of the table', () => {
    expect(misses.length / table.mustMatch.length).toBeLessThan(0.45);
  });
});

describe('sentences that make no claim', () => {
  it.each(table.mustNotMatch.map((r) => [r.text] as const))('%s', (text) => {
    expect(matchSentence(text, index)).toEqual([]);
  });
});

describe('the seeds against the claim set', () => {
  // Sourcing is said in passing inside sentences about other claims ("According to Reuters
  // sources, at least half a dozen executives …"); the matcher finds it only where a sentence is
  // about the sourcing itself.
  const PASSING_MENTIONS = new Set(['the-gaze/account-rests-on-unnamed-sources', 'middle-east-bulletin/account-rests-on-unnamed-sources', 'business-emerge/account-rests-on-unnamed-sources']);

  const pages = claimSet.outlets.map((outlet) => ({
    outlet,
    analysis: analyser.analyse(readFileSync(join(root, 'seeds', outlet.seed), 'utf8')),
    stances: claimSet.claims.flatMap((c) => c.stances.filter((s) => s.outlet === outlet.id).map((s) => ({ claim: c.id, ...s }))),
  }));

  // Over all pages at once: most outlets dispute nothing, and a per-page loop over nothing cannot fail.
  it('marks the claims each outlet disputes as differing on its page', () => {
    const disputes = pages.flatMap(({ outlet, analysis, stances }) =>
      stances
        .filter((s) => s.stance === 'disputes')
        .map((s) => ({ at: `${outlet.id}/${s.claim}`, marked: analysis.matches.some((m) => m.claimId === s.claim && m.differs) })),
    );
    expect(disputes.length).toBeGreaterThan(0);
    expect(disputes.filter((d) => !d.marked).map((d) => d.at)).toEqual([]);
  });

  for (const { outlet, analysis, stances } of pages) {
    it(`${outlet.id}: covers the story`, () => {
      expect(analysis.story.detected).toBe(true);
    });

    it(`${outlet.id}: matches every claim it confirms`, () => {
      const found = new Set(analysis.matches.map((m) => m.claimId));
      const missing = stances
        .filter((s) => s.stance === 'confirms' && !found.has(s.claim) && !PASSING_MENTIONS.has(`${outlet.id}/${s.claim}`))
        .map((s) => s.claim);
      expect(missing).toEqual([]);
    });

    it(`${outlet.id}: matches only claims it addresses`, () => {
      const addressed = new Set(stances.map((s) => s.claim));
      expect(analysis.matches.map((m) => m.claimId).filter((id) => !addressed.has(id))).toEqual([]);
    });

    it.skipIf(!furniture[outlet.seed])(`${outlet.id}: its page furniture matches nothing`, () => {
      for (const line of furniture[outlet.seed] ?? []) expect(matchClaims(line, index), line).toEqual([]);
    });
  }
});

describe('matchClaims', () => {
  it('returns spans of whole sentences in the original text', () => {
    const text = 'Unrelated opening. The delegation was led by Sanjeev Kumar, Secretary of Defence Production. Closing words.';
    const [m] = matchClaims(text, index);
    expect(m?.claimId).toBe('sanjeev-kumar-led-delegation');
    expect(text.slice(m!.start, m!.end)).toBe('The delegation was led by Sanjeev Kumar, Secretary of Defence Production.');
  });

  it('reports another figure as a difference', () => {
    const [m] = matchClaims("About 76% of India's military inventory is of Russian origin.", index);
    expect(m).toMatchObject({ claimId: 'russian-origin-36-percent-of-inventory', differs: true });
    expect(m!.difference).toContain('76%');
    expect(m!.difference).toContain('36%');
  });

  it('reports the opposite sense as a difference', () => {
    const [m] = matchClaims('Bharat Forge was not represented at the Moscow meetings.', index);
    expect(m).toMatchObject({ claimId: 'bharat-forge-attended', differs: true, difference: 'says it is not so' });
  });

  it('reads "denied that …" as negating the whole reported clause', () => {
    const sentence = 'The Adani Group, meanwhile, denied that Ashish Rajvanshi CEO of Adani Defence and Aerospace represented the company in Moscow.';
    const byClaim = new Map(matchSentence(sentence, index).map((m) => [m.claimId, m]));
    expect(byClaim.get('adani-ceo-rajvanshi-represented-adani')?.differs).toBe(true);
    expect(byClaim.get('adani-defence-attended')?.differs).toBe(true);
    expect(byClaim.get('adani-group-denied-involvement')?.differs).toBe(false);
  });

  it('ignores text with no words', () => {
    expect(matchClaims('', index)).toEqual([]);
    expect(matchClaims('… — !!! 123', index)).toEqual([]);
  });
});
