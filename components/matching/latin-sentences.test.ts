import { describe, expect, it } from 'vitest';
import { latinSentenceEnds } from './latin-sentences';

/** The Segmenter's sentence ends, the reference latinSentenceEnds must agree with. */
function segmenterEnds(line: string, locale = 'en'): number[] {
  const ends: number[] = [];
  for (const s of new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(line)) ends.push(s.index + s.segment.length);
  return ends;
}

/** Lines where each rule decides: every character read is tried in each of the places. */
const PLACES = ['x.Cy', 'x. Cy', 'x.C Y', 'x. C', 'a.C', 'A.Cb', 'x?C y', 'x. "C y', 'x C. y', 'x.) C Y', 'x. C b', 'x. C B', 'C. b', 'x.CB', 'CCC. CC'];

describe('latinSentenceEnds', () => {
  it.each([
    ['a plain stop', 'He left. She stayed.'],
    ['an abbreviation before a number (SB8)', 'Talks on Oct. 29-30 ended. Then more.'],
    ['a title before a name', 'Mr. Smith went.'],
    ['a dotted acronym before a capital (SB7)', 'the U.S. and India. The U.S. Army went.'],
    ['closing quotes and brackets', 'He said "no." Then (as ever.) It ended.'],
    ['a question and an exclamation, doubled', 'Wait... what? No!! Yes?! ok'],
    ['a stop before a digit (SB6)', 'Version 2.5 shipped. 3. Done'],
    ['a comma or dash after a stop (SB8a)', 'x., y. x. - y. x. \u2014 y'],
    ['typographic quotes, dashes and a no-break space', 'Mr.\u00a0Smith \u201cwent.\u201d Then \u2014 at last.\u2019 Yes'],
    ['an empty line', ''],
  ])('%s: as the Segmenter', (_name, line) => {
    expect(latinSentenceEnds(line)).toEqual(segmenterEnds(line));
  });

  it('agrees with the Segmenter on every character it reads, in every place a rule looks', () => {
    const disagree: string[] = [];
    for (let c = 0; c < 0x2c00; c++) {
      const char = String.fromCharCode(c);
      for (const place of PLACES) {
        const line = place.replaceAll('C', char);
        const ends = latinSentenceEnds(line);
        if (ends && ends.join() !== segmenterEnds(line).join()) disagree.push(JSON.stringify(line));
      }
    }
    expect(disagree).toEqual([]);
  });

  it('agrees in the other languages read (their sentence rules are the root rules)', () => {
    for (const locale of ['fr', 'ru', 'hi']) {
      const line = 'Talks on Oct. 29-30 ended. Mr. Smith went! The U.S. Army said "no." Then \u2014 at last.';
      expect(latinSentenceEnds(line)).toEqual(segmenterEnds(line, locale));
    }
  });

  it('leaves to the Segmenter a line with a character it does not read', () => {
    for (const line of ['Москва. Дели.', 'नई दिल्ली। ठीक', 'a\u00adb. C', 'e\u0301t\u00e9. B', 'one\rtwo. Three']) expect(latinSentenceEnds(line)).toBeUndefined();
  });
});
