import { describe, expect, it } from 'vitest';
import { claimSet } from '../../data';
import type { Claim, ClaimSet } from '../../data/schema';
import { isDisputedOnPage, stanceSummary } from '../claim-status';
import { pageDiffers, type Difference, type Polarity } from '../messaging';
import { CARD_QUOTE_MAX_CHARS, CARD_QUOTES_PER_CLAIM, cardClaims as cardClaimsIn, shorten, type PageClaimMatch } from './card-content';
import { differenceLabels } from './card-labels';

const claim = (id: string): Claim => claimSet.claims.find((c) => c.id === id)!;
const outletName = (id: string) => claimSet.outlets.find((o) => o.id === id)!.name;
const m = (claimId: string, polarity: Polarity = 'affirms', differences: Difference[] = []): PageClaimMatch => ({ claimId, polarity, differences });
// The English templates (no locale files in a unit test), dates written for a British reader.
const words = { differences: differenceLabels(() => ''), locale: 'en-GB' };
const cardClaims = (matches: PageClaimMatch[], set: ClaimSet) => cardClaimsIn(matches, set, words);

describe('shorten', () => {
  it.each([
    ['short text', 'The meetings were held in Moscow.', 'The meetings were held in Moscow.'],
    ['empty', '', ''],
    ['collapsed whitespace', '  The   meetings\nwere\t held  ', 'The meetings were held'],
  ])('%s', (_name, input, expected) => {
    expect(shorten(input)).toBe(expected);
  });

  it('keeps text of exactly max characters', () => {
    const text = 'a'.repeat(CARD_QUOTE_MAX_CHARS);
    expect(shorten(text)).toBe(text);
  });

  it('cuts a long text at a word boundary and ends with an ellipsis', () => {
    const words = 'alpha beta gamma delta epsilon '.repeat(20);
    const out = shorten(words);
    expect(out.endsWith('…')).toBe(true);
    expect(out.length).toBeLessThanOrEqual(CARD_QUOTE_MAX_CHARS);
    const kept = out.slice(0, -1);
    expect(words.startsWith(kept + ' ')).toBe(true); // ends at a whole word
  });

  it.each([10, 20, 37, 80, CARD_QUOTE_MAX_CHARS])('is never longer than max=%i', (max) => {
    for (const text of [
      'word '.repeat(100),
      'x'.repeat(500),
      'supercalifragilistic '.repeat(30),
      'a ' + 'b'.repeat(300),
      ...claimSet.claims.flatMap((c) => c.stances.map((s) => s.quote)),
    ]) {
      expect(shorten(text, max).length).toBeLessThanOrEqual(max);
    }
  });

  it('cuts inside a word when the only space is too early', () => {
    expect(shorten(`a ${'b'.repeat(50)}`, 20)).toBe(`a ${'b'.repeat(17)}…`);
  });
});

describe('cardClaims', () => {
  it('skips unknown claim ids and lists a claim once however often it is matched', () => {
    const out = cardClaims([m('nope'), m('sanjeev-kumar-led-delegation'), m('sanjeev-kumar-led-delegation', 'denies')], claimSet);
    expect(out.map((c) => c.id)).toEqual(['sanjeev-kumar-led-delegation']);
    // The first match of the claim decides.
    expect(out[0]!.pageDifference).toBeUndefined();
  });

  it('is empty without known matches', () => {
    expect(cardClaims([], claimSet)).toEqual([]);
    expect(cardClaims([m('unknown')], claimSet)).toEqual([]);
  });

  it('keeps the order of first appearance', () => {
    const ids = ['meetings-held-october-29-30', 'adani-defence-attended', 'sanjeev-kumar-led-delegation'];
    expect(cardClaims(ids.map((id) => m(id)), claimSet).map((c) => c.id)).toEqual(ids);
  });

  it('puts the disputing quote first, with the outlet name', () => {
    const c = claim('adani-ceo-rajvanshi-represented-adani');
    const [card] = cardClaims([m(c.id)], claimSet);
    const disputing = c.stances.find((s) => s.stance === 'disputes')!;
    expect(card!.evidence).toHaveLength(CARD_QUOTES_PER_CLAIM);
    expect(card!.evidence[0]).toEqual({
      outlet: outletName(disputing.outlet),
      stance: 'disputes',
      quote: shorten(disputing.quote),
      lang: 'en',
    });
  });

  it("shows the claim in the reader's language when the data has it; quotes stay in the outlet's", () => {
    const c = claim('adani-ceo-rajvanshi-represented-adani');
    const translated = { ...c, texts: { ru: 'Гендиректор Adani Defence Ашиш Раджванши представлял Adani на встречах в Москве.' } };
    const set = { ...claimSet, claims: [translated] };
    const [russian] = cardClaimsIn([m(c.id)], set, { ...words, locale: 'ru-RU' });
    expect(russian).toMatchObject({ text: translated.texts.ru, textLang: 'ru', storyLang: 'en' });
    expect(russian!.evidence.map((e) => e.lang)).toEqual(russian!.evidence.map(() => 'en'));
    const [french] = cardClaimsIn([m(c.id)], set, { ...words, locale: 'fr' });
    expect(french).toMatchObject({ text: c.text, textLang: 'en' });
  });

  it.each(claimSet.claims.map((c) => [c.id, c] as const))('orders evidence disputes, qualifies, confirms: %s', (_id, c) => {
    const [card] = cardClaims([m(c.id)], claimSet);
    const rank = { disputes: 0, qualifies: 1, confirms: 2 };
    const ranks = card!.evidence.map((e) => rank[e.stance]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(card!.evidence).toHaveLength(Math.min(CARD_QUOTES_PER_CLAIM, c.stances.length));
    const best = Math.min(...c.stances.map((s) => rank[s.stance]));
    expect(ranks[0]).toBe(best);
    for (const e of card!.evidence) {
      expect(claimSet.outlets.map((o) => o.name)).toContain(e.outlet);
      expect(e.quote.length).toBeLessThanOrEqual(CARD_QUOTE_MAX_CHARS);
    }
  });

  it('shows one quote per claim when the sentence makes several claims', () => {
    const out = cardClaims([m('adani-ceo-rajvanshi-represented-adani'), m('sanjeev-kumar-led-delegation')], claimSet);
    expect(out).toHaveLength(2);
    for (const card of out) expect(card.evidence).toHaveLength(1);
    expect(out[0]!.evidence[0]!.stance).toBe('disputes');
  });

  it('counts distinct claims when deciding, so a duplicate match keeps CARD_QUOTES_PER_CLAIM', () => {
    const out = cardClaims([m('sanjeev-kumar-led-delegation'), m('sanjeev-kumar-led-delegation')], claimSet);
    expect(out[0]!.evidence).toHaveLength(CARD_QUOTES_PER_CLAIM);
    expect(out[0]!.evidence.map((e) => e.outlet)).toEqual([outletName('central-post'), outletName('business-emerge')]);
  });

  const percent: Difference = { kind: 'percent', page: 76, claim: 36 };
  const date: Difference = { kind: 'date', page: { month: 11, days: [2, 3] }, claim: { month: 10, days: [29, 30] } };
  it.each<{ name: string; polarity: Polarity; differences: Difference[]; expected: string | undefined }>([
    { name: 'the outlets’ version', polarity: 'affirms', differences: [], expected: undefined },
    { name: 'a denial', polarity: 'denies', differences: [], expected: 'says it is not so' },
    { name: 'an open question', polarity: 'uncertain', differences: [], expected: 'leaves it open (a question or a hedge)' },
    { name: 'another figure', polarity: 'affirms', differences: [percent], expected: 'gives 76% where the outlets give 36%' },
    { name: 'another date', polarity: 'affirms', differences: [date], expected: 'gives 2–3 Nov where the outlets give 29–30 Oct' },
    { name: 'a denial of another figure', polarity: 'denies', differences: [percent], expected: 'says it is not so; gives 76% where the outlets give 36%' },
    { name: 'another measure', polarity: 'affirms', differences: [{ kind: 'measure', page: 'arms imports' }], expected: 'gives it as a share of arms imports, another measure' },
  ])('pageDifference for $name', ({ polarity, differences, expected }) => {
    const [card] = cardClaims([m('russian-origin-36-percent-of-inventory', polarity, differences)], claimSet);
    if (expected === undefined) expect(card).not.toHaveProperty('pageDifference');
    else expect(card!.pageDifference).toBe(expected);
  });

  it('writes the page version with the words and locale given', () => {
    const french = { ...words.differences, percent: 'donne $1 % là où les médias donnent $2 %' };
    const [card] = cardClaimsIn([m('russian-origin-36-percent-of-inventory', 'affirms', [{ kind: 'percent', page: 36.5, claim: 36 }])], claimSet, { differences: french, locale: 'fr' });
    expect(card!.pageDifference).toBe('donne 36,5 % là où les médias donnent 36 %');
  });

  it.each<[Polarity, boolean]>([
    ['affirms', false],
    ['denies', false],
    ['uncertain', true],
  ])('is open when the page leaves the claim open: %s -> %s', (polarity, open) => {
    expect(cardClaims([m('sanjeev-kumar-led-delegation', polarity)], claimSet)[0]!.open).toBe(open);
  });

  it.each([
    ['adani-ceo-rajvanshi-represented-adani', m('adani-ceo-rajvanshi-represented-adani')],
    ['adani-ceo-rajvanshi-represented-adani', m('adani-ceo-rajvanshi-represented-adani', 'denies')],
    ['sanjeev-kumar-led-delegation', m('sanjeev-kumar-led-delegation')],
    ['sanjeev-kumar-led-delegation', m('sanjeev-kumar-led-delegation', 'denies')],
    ['sanjeev-kumar-led-delegation', m('sanjeev-kumar-led-delegation', 'uncertain')],
    ['sanjeev-kumar-led-delegation', m('sanjeev-kumar-led-delegation', 'affirms', [date])],
  ] as const)('disputed follows isDisputedOnPage: %s %j', (id, match) => {
    const [card] = cardClaims([match], claimSet);
    expect(card!.disputed).toBe(isDisputedOnPage(claim(id), pageDiffers(match)));
  });

  it('is disputed for a claim no outlet disputes only when the page differs', () => {
    expect(cardClaims([m('sanjeev-kumar-led-delegation')], claimSet)[0]!.disputed).toBe(false);
    expect(cardClaims([m('sanjeev-kumar-led-delegation', 'denies')], claimSet)[0]!.disputed).toBe(true);
    expect(cardClaims([m('sanjeev-kumar-led-delegation', 'uncertain')], claimSet)[0]!.disputed).toBe(false);
  });

  it('carries the claim text and the stance summary', () => {
    const c = claim('sanjeev-kumar-led-delegation');
    const [card] = cardClaims([m(c.id)], claimSet);
    expect(card!.text).toBe(c.text);
    expect(card!.summary).toEqual(stanceSummary(c, claimSet));
  });

  it('falls back to the outlet id when the outlet is unknown', () => {
    const c = claim('sanjeev-kumar-led-delegation');
    const set = { ...claimSet, claims: [{ ...c, stances: [{ outlet: 'ghost-outlet', stance: 'confirms' as const, quote: 'q' }] }] };
    expect(cardClaims([m(c.id)], set)[0]!.evidence[0]!.outlet).toBe('ghost-outlet');
  });
});
