// The small story pack the validator's tests break in every way (validate*.test.ts): two outlets,
// their seeds, three claims; `broken` returns a fresh copy after a mutation.
// A small valid story pack: two outlets, three claims, each outlet in all three claims.
export const SEEDS: Record<string, string> = {
  'alpha.txt': 'Alpha says the sky is blue.\nAlpha also says  the grass\n is green. Alpha adds that water is wet.',
  'beta.txt': 'Beta doubts the sky is blue. Beta says the grass is brown. Beta agrees that water is wet.',
};

export function valid() {
  return {
    story: {
      id: 'test-story',
      title: 'A test story',
      summary: 'Two outlets disagree about colours.',
      language: 'en',
      period: { years: [2025], months: [5, 6] },
    },
    outlets: [
      { id: 'alpha', name: 'Alpha News', seed: 'alpha.txt', url: 'https://alpha.example/story' },
      { id: 'beta', name: 'Beta Times', seed: 'beta.txt', url: 'https://www.beta.example/a/b' },
    ],
    claims: [
      {
        id: 'sky-blue',
        text: 'The sky is blue.',
        topic: 'context',
        frame: { subject: ['sky'], predicate: ['blue'] },
        stances: [
          { outlet: 'alpha', stance: 'confirms', quote: 'the sky is blue' },
          { outlet: 'beta', stance: 'disputes', quote: 'Beta doubts the sky is blue.', note: 'Doubts it.' },
        ],
      },
      {
        id: 'grass-green',
        text: 'The grass is green.',
        topic: 'what-was-discussed',
        frame: { subject: ['grass'], predicate: ['green', '!brown'], also: [['colour']], place: ['meadow'] },
        stances: [
          // Whitespace differs from the seed (newline, double space): still verbatim.
          { outlet: 'alpha', stance: 'confirms', quote: 'Alpha also says the grass is green.' },
          { outlet: 'beta', stance: 'qualifies', quote: 'the grass is brown', note: 'Says brown.' },
        ],
      },
      {
        id: 'water-wet',
        text: 'Water is wet.',
        topic: 'caveats',
        frame: {
          subject: ['water'],
          predicate: ['wet'],
          context: [['sky', 'grass']],
          figure: { kind: 'percent', value: 100, bound: 'about', required: false },
        },
        stances: [
          { outlet: 'alpha', stance: 'confirms', quote: 'water is wet', note: 'Plainly.' },
          { outlet: 'beta', stance: 'confirms', quote: 'Beta agrees that water is wet.' },
        ],
      },
    ],
    entities: [
      { id: 'sky', kind: 'place', names: ['sky', 'the heavens'] },
      { id: 'grass', kind: 'place', names: ['grass'], nouns: ['lawn'] },
      { id: 'meadow', kind: 'place', names: ['meadow'] },
      { id: 'water', kind: 'equipment', names: ['water'] },
      { id: 'sea', kind: 'place', names: ['sea'], distractor: true },
    ],
    concepts: [
      { id: 'blue', phrases: ['blue', 'azure'] },
      { id: 'green', phrases: ['green'], rejected: ['verdant'] },
      { id: 'brown', phrases: ['brown'] },
      { id: 'colour', phrases: ['colour', 'color'] },
      { id: 'wet', phrases: ['wet', 'damp'] },
    ],
    signals: [
      { id: 'colours', weight: 2, anchor: true, terms: ['blue', 'green'] },
      { id: 'things', weight: 1, terms: ['sky', 'grass', 'water'] },
      { id: 'follow-up', weight: 1, decisive: true, terms: ['still blue'] },
      { id: 'other-story', weight: 1, elsewhere: true, terms: ['the sea'] },
    ],
  };
}

export type Fixture = ReturnType<typeof valid>;
// Loosely typed view of the fixture so the cases can break it in any way.
export type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function broken(mutate: (f: Loose) => void): Fixture {
  const f = valid();
  mutate(f as Loose);
  return f;
}
