// stemOf: spelling folds, irregular verbs and stemming, and the stems tokens carry (split from
// words.test.ts).
import { describe, expect, it } from 'vitest';
import { english } from './languages/en';
import { stemOf, tokenize, type Token } from './words';

const tok = (sentence: string): Token[] => tokenize(sentence, english);
const stems = (sentence: string): string[] => tok(sentence).map((t) => t.stem);

describe('stemOf: spelling folds, irregular verbs and stemming', () => {
  it.each([
    // US -> British spellings fold to one stem.
    ['defense', 'defence'],
    ['defenses', 'defences'],
    ['offense', 'offence'],
    ['license', 'licence'],
    ['organize', 'organise'],
    ['organized', 'organised'],
    ['organizing', 'organising'],
    ['organization', 'organisation'],
    ['modernizations', 'modernisations'],
    ['analyze', 'analyse'],
    ['paralyzed', 'paralysed'],
    ['center', 'centre'],
    ['centers', 'centres'],
    ['theater', 'theatre'],
    ['fiber', 'fibre'],
    ['traveled', 'travelled'],
    ['canceling', 'cancelling'],
    ['labeled', 'labelled'],
    ['program', 'programme'],
    ['programs', 'programmes'],
    // Irregular verbs reach their base.
    ['met', 'meet'],
    ['met', 'meeting'],
    ['led', 'lead'],
    ['took', 'take'],
    ['taken', 'takes'],
    ['sent', 'send'],
    ['held', 'holds'],
    ['sought', 'seek'],
    ['flew', 'fly'],
    ['bought', 'buy'],
    ['withheld', 'withhold'],
    ['oversaw', 'oversee'],
    // Regular inflections reach one stem.
    ['attended', 'attend'],
    ['attending', 'attends'],
    ['executives', 'executive'],
  ])('%j and %j share a stem', (a, b) => {
    expect(stemOf(a, english)).toBe(stemOf(b, english));
  });

  it.each([
    // Too short before "-ize" to be the suffix: "size", "prize" are words of their own.
    ['size', 'sise'],
    ['prize', 'prise'],
    // Different words stay different.
    ['meet', 'meat'],
    ['lead', 'load'],
    ['attend', 'attest'],
    ['was', 'as'],
    ['defence', 'offence'],
    // (The stemmer alone makes all three "us".)
    ['used', 'us'],
    ['using', 'us'],
  ])('%j and %j keep different stems', (a, b) => {
    expect(stemOf(a, english)).not.toBe(stemOf(b, english));
  });

  it.each(['was', 'as', 'has', 'this', 'is', 'its', 'since', 'only'])('leaves the function word %j as written', (word) => {
    expect(stemOf(word, english)).toBe(word);
  });

  it('is the same when asked twice (memoised)', () => {
    const first = stemOf('modernization', english);
    expect(stemOf('modernization', english)).toBe(first);
    expect(first).toBe(stemOf('modernisation', english));
  });

  it('gives tokens the stems stemOf gives', () => {
    expect(stems('veltra met the defense center')).toEqual(
      ['veltra', 'met', 'the', 'defense', 'center'].map((w) => stemOf(w, english)),
    );
    expect(stems('veltra met the defense center')).toEqual(stems('veltra meets the defence centre'));
  });

  it('keeps the surface form in text and the canonical form in stem', () => {
    expect(tok('organized')[0]).toMatchObject({ text: 'organized', stem: stemOf('organise', english) });
  });
});
