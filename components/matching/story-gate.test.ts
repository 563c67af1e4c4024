import { describe, expect, it } from 'vitest';
import { storyPack } from '../../data/packs';
import { compilePhrase, compileSignalGroups, containsTerm, judgePassages, judgeStory, scannable, STORY_GATE_MIN_GROUPS } from './story-gate';

const groups = compileSignalGroups(storyPack.signals);
const matches = (phrase: string, text: string) => new RegExp(compilePhrase(phrase), 'iu').test(text);

describe('compilePhrase', () => {
  it.each([
    ['October 29-30', 'on October 29–30'],
    ['October 29-30', 'on Oct. 29-30'],
    ['October 29-30', 'on October 29 and 30'],
    ['October 29-30', 'on october 29th to 30th'],
    ['29-30 October', 'on 29–30 October'],
    ['Adani Defence', 'Adani Defense and Aerospace'],
    ['Society of Indian Defence Manufacturers', 'Society of Indian Defense\u00a0Manufacturers'],
    ['co-production', 'co‑production and co production'],
    ["India's", 'India’s'],
  ])('%s finds %j', (phrase, text) => {
    expect(matches(phrase, text)).toBe(true);
  });

  it.each([
    ['October 29-30', 'October 19-20'],
    ['Moscow', 'Moscowitz'],
    ['Moscow', 'NotMoscow'],
    ['Bharat Forge', 'Bharat Forged'],
  ])('%s does not find %j', (phrase, text) => {
    expect(containsTerm(text, compileSignalGroups([{ id: 'x', weight: 1, terms: [phrase] }])[0]!)).toBe(false);
  });

  it('finds a term after a non-word hit of the same letters', () => {
    expect(containsTerm('xMoscow then Moscow', compileSignalGroups([{ id: 'x', weight: 1, terms: ['Moscow'] }])[0]!)).toBe(true);
  });

  it("reads words that are an object's own property names as plain words", () => {
    expect(matches('constructor of ships', 'the constructor of ships')).toBe(true);
    expect(matches('__proto__ toString', '__proto__ toString')).toBe(true);
  });

  it('takes a term of lone dashes and many spaces in linear time (no backtracking blow-up)', () => {
    const term = `x ${'- '.repeat(40)}y`;
    const group = compileSignalGroups([{ id: 'x', weight: 1, terms: [term] }])[0]!;
    // Each lone dash is dropped: the term is "x y", and a long run of spaces without "y" fails fast.
    expect(containsTerm(`x${' '.repeat(64)}z`, group)).toBe(false);
    expect(containsTerm('x y', group)).toBe(true);
    expect(matches('a--b', 'a-b')).toBe(true);
  });

  it('escapes regular-expression characters in terms', () => {
    expect(matches('L&T (India)', 'L&T (India)')).toBe(true);
    expect(matches('36%', 'about 36% of')).toBe(true);
    expect(matches('a.b', 'axb')).toBe(false);
  });
});

describe('judgeStory', () => {
  it('detects a short report that names the people, the dates and the firms', () => {
    const verdict = judgeStory(
      'Executives of Adani Defence and Bharat Forge met Russian officials in Moscow on October 29-30 to explore joint ventures, in a delegation led by Sanjeev Kumar.',
      groups,
    );
    expect(verdict.detected).toBe(true);
    expect(verdict.groups).toEqual(expect.arrayContaining(['people', 'dates', 'firms', 'place']));
  });

  it.each([
    ['one strong term alone', 'Sanjeev Kumar spoke at a conference in Bengaluru.'],
    ['firms and place with no anchor in time or people', 'Bharat Forge executives visited Moscow in 2019 to discuss MiG-29 spares and joint ventures.'],
    ['the Adani group in business news', 'Adani Defence opened an ammunition plant in Kanpur; the Adani Group also reported port results.'],
    ['an empty text', ''],
    ['firms, Russian officials and October in an arms-fair report', 'Bharat Forge showed artillery at an arms fair in October; Russian officials toured its stand. Adani Defence displayed drones.'],
  ])('rejects %s', (_, text) => {
    expect(judgeStory(text, groups).detected).toBe(false);
  });

  it('detects a tabloid brief with no names or exact dates: the firms, Russian officials in Moscow in October', () => {
    const text = 'Bosses of Adani\'s defence arm and Bharat Forge held hush-hush talks with Russian officials in Moscow in October, Reuters says. MiG-29 spares were on the menu.';
    expect(judgeStory(text, groups).detected).toBe(true);
  });

  it('detects a column that names no one and no date but says the agency stands by its story', () => {
    const text = 'Bharat Forge and the Adani Group deny that anyone went to Moscow, but the agency stood by the story about Russian officials.';
    expect(judgeStory(text, groups)).toMatchObject({ detected: true, groups: expect.arrayContaining(['follow-up']) });
    expect(judgeStory('Bharat Forge and the Adani Group deny that anyone went to Moscow.', groups).detected).toBe(false);
  });

  it(`needs at least ${STORY_GATE_MIN_GROUPS} groups even when they are heavy`, () => {
    const verdict = judgeStory('Sanjeev Kumar and Ashish Rajvanshi, on October 29-30.', groups);
    expect(verdict.groups.length).toBeLessThan(STORY_GATE_MIN_GROUPS);
    expect(verdict.detected).toBe(false);
  });

  it('scores between 0 and 1', () => {
    for (const text of ['', 'Moscow', 'Moscow Bharat Forge October 29-30 Sanjeev Kumar joint ventures MiG-29 36%']) {
      const { score } = judgeStory(text, groups);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });
});

describe('signal group kinds', () => {
  // Small made-up groups: each kind's rule, apart from the bundled pack's weights.
  const made = compileSignalGroups([
    { id: 'who', weight: 3, anchor: true, terms: ['Mira Okafor'] },
    { id: 'what', weight: 2, terms: ['tidal turbine'] },
    { id: 'where', weight: 1, terms: ['Orkney'] },
    { id: 'when', weight: 1, terms: ['spring 2031'] },
    { id: 'follow', weight: 3, decisive: true, terms: ['retracted its tender'] },
    { id: 'other', weight: 1, elsewhere: true, terms: ['wind farm auction'] },
  ]);

  it('needs an anchor group, however many others are found', () => {
    expect(judgeStory('A tidal turbine off Orkney, due in spring 2031.', made).detected).toBe(false);
    expect(judgeStory('Mira Okafor showed a tidal turbine off Orkney.', made).detected).toBe(true);
  });

  it('takes a decisive group with two others for the story, with no anchor and out of the score', () => {
    // Score: what (2) + where (1) of the 7 weighed (anchor and plain groups).
    expect(judgeStory('The council retracted its tender for the tidal turbine off Orkney.', made)).toEqual({ detected: true, score: 0.429, groups: ['what', 'where', 'follow'] });
    expect(judgeStory('The council retracted its tender off Orkney.', made).detected).toBe(false);
  });

  it('never counts an elsewhere group for the story', () => {
    const verdict = judgeStory('Mira Okafor spoke at the wind farm auction off Orkney.', made);
    expect(verdict.groups).toEqual(['who', 'where']);
    expect(verdict.detected).toBe(false);
  });

  it('judges each passage on its own signals; one without them continues the passage before it', () => {
    const text = [
      'Mira Okafor unveiled a tidal turbine off Orkney.',
      'It runs on the tides alone.',
      'Meanwhile the wind farm auction off Orkney drew six bids.',
      'Bids closed on Friday.',
      'The tidal turbine off Orkney starts in spring 2031.',
    ].join('\n\n');
    const page = judgeStory(text, made);
    expect(page.detected).toBe(true);
    const passages = judgePassages(text, made, page);
    expect(passages.map((p) => [text.slice(p.start, p.end), p.onStory])).toEqual([
      ['Mira Okafor unveiled a tidal turbine off Orkney.', true],
      ['It runs on the tides alone.', true],
      ['Meanwhile the wind farm auction off Orkney drew six bids.', false],
      ['Bids closed on Friday.', false],
      ['The tidal turbine off Orkney starts in spring 2031.', true],
    ]);
  });

  it('judges a text scanned once for both (the analyser) as it judges it scanned for each', () => {
    const texts = [
      'Mira Okafor unveiled a tidal turbine off Orkney.\n\nMeanwhile the wind farm auction off Orkney drew six bids.\n\nBids closed.',
      'The council retracted its tender for the tidal turbine off Orkney.\n\nThe wind farm auction went on.',
      'Mira Okafor spoke at the wind farm auction off Orkney.',
      'A tidal turbine off Orkney.\n\nNothing else.',
    ];
    for (const text of texts) {
      for (const explain of [false, true]) {
        const scan = scannable(text);
        const page = judgeStory(text, made, { explain }, scan);
        expect(page).toEqual(judgeStory(text, made, { explain }));
        expect(judgePassages(text, made, page, scan)).toEqual(judgePassages(text, made, page));
      }
    }
  });

  it('gives a text of one passage, or a page not on the story, the page verdict', () => {
    const one = 'Mira Okafor unveiled a tidal turbine off Orkney.';
    expect(judgePassages(one, made, judgeStory(one, made))).toEqual([{ start: 0, end: one.length, onStory: true }]);
    const off = 'Rain in Orkney.\n\nMore rain.';
    expect(judgePassages(off, made, judgeStory(off, made)).map((p) => p.onStory)).toEqual([false, false]);
  });
});

describe('terms in other languages', () => {
  const [group] = compileSignalGroups([{ id: 'terms', weight: 1, terms: ['порт* элин', '12-14 मार्च', 'Ka-52'] }]);

  it.each([
    ['a word with any ending', 'в порту Элин', true],
    ['the ending only where the term says so', 'в порту Элина', false],
    ['a date in Devanagari digits', 'बैठक १२-१४ मार्च को हुई', true],
    ['a date in ASCII digits', 'बैठक 12–14 मार्च को हुई', true],
    ['a model number in Arabic-Indic digits', 'طائرات Ka-٥٢', true],
    ['not a longer number', 'Ka-520', false],
  ])('%s', (_name, text, found) => {
    expect(containsTerm(scannable(text), group!)).toBe(found);
    expect(containsTerm(text, group!)).toBe(found);
  });
});

describe('judgePassages: which group a hit is of', () => {
  // "moscow talks" (an anchor) and "moscow" (a neighbouring story) both match at "Moscow": the hit
  // is of the group listed first, as an alternation of the groups in order would say.
  const text = 'Intro.\n\nThe Moscow talks began.\n\nMoscow said so.';
  const page = { detected: true, score: 1, groups: [] };
  const anchor = { id: 'a', weight: 1, anchor: true, terms: ['Moscow talks'] };
  const elsewhere = { id: 'x', weight: 1, elsewhere: true, terms: ['Moscow'] };
  const talks = { id: 'b', weight: 1, terms: ['talks'] };

  it.each([
    ['anchor first', [anchor, elsewhere, talks], [true, true, false]],
    ['neighbouring story first', [elsewhere, anchor, talks], [true, false, false]],
  ])('%s', (_, signals, onStory) => {
    const groups = compileSignalGroups(signals);
    expect(judgePassages(text, groups, page).map((p) => p.onStory)).toEqual(onStory);
    // Scanned once for the verdict too: every group with a term at a hit counts for the verdict
    // (the anchor, behind the neighbouring story's "Moscow"), the first for the passage.
    const scan = scannable(text);
    expect(judgeStory(text, groups, {}, scan)).toEqual(judgeStory(text, groups));
    expect(judgePassages(text, groups, page, scan).map((p) => p.onStory)).toEqual(onStory);
    // "İ" lower-cases to two characters: the text is scanned as written, with the Unicode patterns.
    expect(judgePassages(text.replace('Intro', 'İntro'), groups, page).map((p) => p.onStory)).toEqual(onStory);
  });
});
