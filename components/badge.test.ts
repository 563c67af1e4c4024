import { afterEach, describe, expect, it } from 'vitest';
import { claimSet } from '../data';
import { importablePack } from '../tests/stories/packs';
import hindi from '../public/_locales/hi/messages.json';
import russian from '../public/_locales/ru/messages.json';
import { useLocaleMessages } from './ui/i18n';
import { BADGE_COLOR_CONFIRMED, BADGE_COLOR_DISPUTED, badgeForReport } from './badge';
import { isDisputedByOutlets, isDisputedOnPage } from './claim-status';
import type { PageMatch, PageReport } from './messaging';

const DISPUTED = 'adani-ceo-rajvanshi-represented-adani';
const CONFIRMED = 'sanjeev-kumar-led-delegation';
const OTHER_CONFIRMED = 'meetings-held-october-29-30';

/** A sentence making the claim; `differs`: it says the claim is not so. */
const match = (claimId: string, differs = false): PageMatch => ({
  claimId,
  text: `sentence for ${claimId}`,
  polarity: differs ? 'denies' : 'affirms',
  differences: [],
  differs,
});
const report = (...matches: PageMatch[]): PageReport => ({
  url: 'https://example.com/story',
  storyDetected: true,
  storyScore: 0.8,
  matches,
});

afterEach(() => useLocaleMessages(null));

describe('badgeForReport', () => {
  it('uses claims from the data whose stances fit each case', () => {
    const byId = (id: string) => claimSet.claims.find((c) => c.id === id)!;
    expect(isDisputedByOutlets(byId(DISPUTED))).toBe(true);
    expect(isDisputedByOutlets(byId(CONFIRMED))).toBe(false);
    expect(isDisputedByOutlets(byId(OTHER_CONFIRMED))).toBe(false);
  });

  it.each([
    ['a null report', null],
    ['a report without matches', report()],
    ['a report with unknown claim ids only', report(match('no-such-claim'), match('another-unknown', true))],
  ])('is empty for %s', (_name, value) => {
    expect(badgeForReport(value, claimSet)).toEqual({ text: '', color: BADGE_COLOR_CONFIRMED, title: '' });
  });

  it.each([
    { name: 'one claim', matches: [match(CONFIRMED)], text: '1' },
    { name: 'one claim matched three times', matches: [match(CONFIRMED), match(CONFIRMED), match(CONFIRMED)], text: '1' },
    { name: 'two claims', matches: [match(CONFIRMED), match(OTHER_CONFIRMED)], text: '2' },
    { name: 'two claims, duplicates and an unknown id', matches: [match(CONFIRMED), match('nope'), match(OTHER_CONFIRMED), match(CONFIRMED)], text: '2' },
  ])('counts distinct known claims: $name', ({ matches, text }) => {
    expect(badgeForReport(report(...matches), claimSet).text).toBe(text);
  });

  it('counts every claim of the data set once when all are matched twice', () => {
    const all = claimSet.claims.flatMap((c) => [match(c.id), match(c.id)]);
    expect(badgeForReport(report(...all), claimSet).text).toBe(String(claimSet.claims.length));
  });

  it.each([
    { name: 'confirmed claims only', matches: [match(CONFIRMED), match(OTHER_CONFIRMED)], disputed: 0 },
    { name: 'a claim an outlet disputes', matches: [match(CONFIRMED), match(DISPUTED)], disputed: 1 },
    { name: 'a confirmed claim the page words differently', matches: [match(CONFIRMED, true)], disputed: 1 },
    { name: 'one of two matches of a claim differs', matches: [match(CONFIRMED), match(CONFIRMED, true)], disputed: 1 },
    { name: 'both reasons', matches: [match(DISPUTED), match(CONFIRMED, true), match(OTHER_CONFIRMED)], disputed: 2 },
    { name: 'an unknown claim that differs', matches: [match(CONFIRMED), match('unknown-claim', true)], disputed: 0 },
  ])('colours and titles: $name', ({ matches, disputed }) => {
    const badge = badgeForReport(report(...matches), claimSet);
    expect(badge.color).toBe(disputed ? BADGE_COLOR_DISPUTED : BADGE_COLOR_CONFIRMED);
    if (disputed) expect(badge.title).toContain(`${disputed} disputed`);
    else expect(badge.title).not.toMatch(/disputed/i);
  });

  it('says the count in words, singular and plural', () => {
    expect(badgeForReport(report(match(CONFIRMED)), claimSet).title).toBe('1 known claim on this page');
    expect(badgeForReport(report(match(CONFIRMED), match(DISPUTED)), claimSet).title).toBe(
      '2 known claims on this page, 1 disputed',
    );
  });

  it("says it in the browser's language, the words agreeing with each count", () => {
    const confirmed = claimSet.claims.filter((c) => !isDisputedOnPage(c, false, claimSet)).map((c) => c.id);
    const title = (claims: number, disputed: number) =>
      badgeForReport(report(...confirmed.slice(0, claims).map((id, at) => match(id, at < disputed))), claimSet).title;
    useLocaleMessages(russian, 'ru');
    expect(title(1, 0)).toBe('1 известное утверждение на этой странице');
    expect(title(3, 2)).toBe('3 известных утверждения на этой странице, из них 2 оспариваются');
    expect(title(5, 1)).toBe('5 известных утверждений на этой странице, из них 1 оспаривается');
    useLocaleMessages(hindi, 'hi');
    expect(title(2, 1)).toBe('इस पेज पर 2 ज्ञात दावे (विवादित: 1)');
  });

  it('counts the claims of every story the page covers, each judged with its own story', () => {
    const cave = importablePack();
    const disputed = cave.claims.find((c) => c.id === 'found-about-4-km-from-entrance')!;
    const confirmedCave = cave.claims.find((c) => c.stances.every((s) => s.stance === 'confirms') && !(cave.developments ?? []).some((d) => d.claims.some((x) => x.claim === c.id)))!;
    expect(isDisputedOnPage(disputed, false, cave)).toBe(true);
    const both = badgeForReport(report(match(CONFIRMED), match(confirmedCave.id)), [claimSet, cave]);
    expect(both).toEqual({ text: '2', color: BADGE_COLOR_CONFIRMED, title: '2 known claims on this page' });
    expect(badgeForReport(report(match(CONFIRMED), match(disputed.id)), [claimSet, cave]).color).toBe(BADGE_COLOR_DISPUTED);
    // A claim of a story that is not installed is not counted.
    expect(badgeForReport(report(match(CONFIRMED), match(confirmedCave.id)), [claimSet]).text).toBe('1');
  });

  it('the two colours differ', () => {
    expect(BADGE_COLOR_DISPUTED).not.toBe(BADGE_COLOR_CONFIRMED);
  });
});
