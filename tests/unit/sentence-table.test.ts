// The older sentence table (tests/fixtures/sentences.json, part of the evaluation's tuning half):
// every must-not-match sentence matches no claim, every must-match sentence its claim, and the
// rows recorded as known misses still miss, so the table says what the matcher does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyPack } from '../../data/packs';
import { english } from '../../components/matching/languages/en';
import { matchSentence } from '../../components/matching/match-text';
import { buildMatchIndex } from '../../components/matching/story-index';

interface Table {
  mustMatch: Array<{ text: string; claim: string; expectMiss?: string }>;
  mustNotMatch: Array<{ text: string; notClaim: string | null }>;
}

const table = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/sentences.json'), 'utf8')) as Table;
const index = buildMatchIndex(storyPack, english);
const claimsOf = (text: string) => matchSentence(text, index).map((m) => m.claimId);

describe('the sentence table', () => {
  it.each(table.mustMatch.filter((r) => !r.expectMiss).map((r) => [r.claim, r.text] as const))('%s: %s', (claim, text) => {
    expect(claimsOf(text)).toContain(claim);
  });

  it.each(table.mustMatch.filter((r) => r.expectMiss).map((r) => [r.claim, r.text] as const))('known miss, %s: %s', (claim, text) => {
    expect(claimsOf(text)).not.toContain(claim);
  });

  it.each(table.mustNotMatch.map((r) => [r.text] as const))('matches nothing: %s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});
