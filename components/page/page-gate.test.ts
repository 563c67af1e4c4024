import { describe, expect, it } from 'vitest';
import type { StoryGate } from '../../data/gates';
import { createPageGate, NAMING_SAMPLE_CHARS, withImportedGates } from './page-gate';

// Two small gates of one made-up story, in English and in Russian (our words).
const gates: StoryGate[] = [
  { story: 'harbour-talks', language: 'en', signals: [
    { id: 'who', weight: 2, anchor: true, terms: ['Harbour Board'] },
    { id: 'what', weight: 1, terms: ['dredging contract'] },
    { id: 'where', weight: 1, terms: ['Port Elin'] },
  ] },
  { story: 'harbour-talks', language: 'ru', signals: [
    { id: 'who', weight: 2, anchor: true, terms: ['портов* совет*'] },
    { id: 'what', weight: 1, terms: ['контракт* на дноуглубление'] },
    { id: 'where', weight: 1, terms: ['порт* элин'] },
  ] },
];

const EN = 'The Harbour Board said on Monday that the dredging contract for Port Elin was signed, and that the work will start in the spring after the board has approved it.';
const RU = 'В понедельник в портовом совете заявили, что контракт на дноуглубление порта Элин подписан, и что работы начнутся весной, когда его одобрят.';
const ES = 'El lunes la junta del puerto dijo que el contrato de dragado para el puerto de Elin fue firmado, y que las obras empezarán en primavera.';

describe('createPageGate', () => {
  it('judges an English page with the English gate', () => {
    const gate = createPageGate(gates, () => 'en');
    expect(gate.judge(EN).detected).toBe(true);
    expect(gate.language()).toEqual({ code: 'en', supported: true });
  });

  it("judges a Russian page with the Russian gate, whatever the template's lang says", () => {
    const gate = createPageGate(gates, () => 'en');
    expect(gate.judge(RU)).toMatchObject({ detected: true, groups: ['who', 'what', 'where'] });
    expect(gate.language()).toEqual({ code: 'ru', supported: true });
  });

  it('does not judge a page in a language no gate is written in, and says so', () => {
    const gate = createPageGate(gates, () => 'es');
    expect(gate.judge(ES).detected).toBe(false);
    expect(gate.language()).toEqual({ code: 'es', supported: false });
    expect(gate.judge(ES).stories).toEqual([]);
    expect(gate.passages(ES, { story: 'harbour-talks', verdict: gate.judge(ES) }).every((p) => !p.onStory)).toBe(true);
  });

  it('keeps the start of a text it cannot name, for the browser to name', () => {
    const gate = createPageGate(gates, () => undefined);
    const text = 'Ασκήσεις στο λιμάνι. '.repeat(300);
    gate.judge(text);
    expect(gate.language()).toEqual({ supported: false, sample: text.slice(0, NAMING_SAMPLE_CHARS) });
  });
});

describe('createPageGate with several stories', () => {
  // A second made-up story in English, sharing one word with the first ("harbour").
  const ferry: StoryGate = { story: 'ferry-strike', language: 'en', signals: [
    { id: 'who', weight: 2, anchor: true, terms: ['Ferry Workers Union'] },
    { id: 'what', weight: 1, terms: ['strike ballot'] },
    { id: 'where', weight: 1, terms: ['Kelby harbour'] },
  ] };
  const FERRY = 'The Ferry Workers Union opened a strike ballot on Tuesday; crossings from Kelby harbour may stop for a week in June if members vote for it.';
  const gate = createPageGate([...gates, ferry], () => 'en');
  const detected = (text: string) => gate.judge(text).stories.filter((s) => s.verdict.detected).map((s) => s.story);

  it('judges each story on its own gate, in the gates’ order', () => {
    expect(gate.judge(EN).stories.map((s) => [s.story, s.verdict.detected])).toEqual([['harbour-talks', true], ['ferry-strike', false]]);
    expect(detected(FERRY)).toEqual(['ferry-strike']);
    expect(detected(`${EN}\n\n${FERRY}`)).toEqual(['harbour-talks', 'ferry-strike']);
    expect(detected(ES)).toEqual([]);
  });

  it('gives the page the verdict of its best story', () => {
    const page = gate.judge(FERRY);
    expect(page).toMatchObject({ detected: true, groups: ['who', 'what', 'where'] });
    expect(page.score).toBe(page.stories[1]!.verdict.score);
  });

  it('reads passages and own signals with the story’s own groups', () => {
    const text = `${EN}\n\n${FERRY}`;
    const [harbour, strike] = gate.judge(text).stories;
    expect(gate.passages(text, harbour!).map((p) => p.onStory)).toEqual([true, true]);
    expect(gate.ownSignals(FERRY, 'ferry-strike')).toBe(true);
    expect(gate.ownSignals(FERRY, 'harbour-talks')).toBe(false);
    expect(gate.ownSignals(FERRY, 'no-such-story')).toBe(false);
    expect(strike!.verdict.detected).toBe(true);
  });

  it('takes new gates (a pack imported or removed) from setGates on', () => {
    const changing = createPageGate(gates, () => 'en');
    expect(changing.judge(FERRY).detected).toBe(false);
    changing.setGates([...gates, ferry]);
    expect(changing.judge(FERRY).detected).toBe(true);
    changing.setGates(gates);
    expect(changing.judge(FERRY)).toMatchObject({ detected: false, stories: [{ story: 'harbour-talks' }] });
  });

  it('judges a story’s gates of one language together', () => {
    const split = createPageGate([{ ...ferry, signals: ferry.signals.slice(0, 2) }, { ...ferry, signals: ferry.signals.slice(2) }], () => 'en');
    expect(split.judge(FERRY).stories).toHaveLength(1);
    expect(split.judge(FERRY).detected).toBe(true);
  });
});

describe('withImportedGates', () => {
  it('adds the stored gates after the bundled ones, and drops what is not a gate', () => {
    const stored = [{ story: 'ferry-strike', language: 'en', signals: [] }, null, 'gate', { story: 'x', language: 'en' }, { story: 7, language: 'en', signals: [] }];
    expect(withImportedGates(gates, stored).map((g) => g.story)).toEqual(['harbour-talks', 'harbour-talks', 'ferry-strike']);
    expect(withImportedGates(gates, undefined)).toEqual(gates);
    expect(withImportedGates(gates, { story: 'not-a-list' })).toEqual(gates);
  });
});
