// `curate` on three short articles invented for this test (a ferry fire that never happened), so
// the design is checked on words it was never tuned on: shared facts aligned across outlets,
// another figure and a denial marked as disputes, a vaguer date as qualifies, furniture skipped.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseWhitespace, validateStoryPack } from '../../data/validate';
import { makeDraft, type Draft } from './draft';
import { outletsFor } from './outlets-table';
import { readArticles } from './read-articles';

const ARTICLES: Record<string, string> = {
  'harbour-herald.txt': [
    'Ferry fire forces evacuation on Lake Varda',
    'The passenger ferry Nordlys caught fire on March 14 near Harstad Point, forcing the evacuation of everyone on board.',
    'Forty-two passengers were treated for smoke inhalation at Varda General Hospital, the regional health office said.',
    'Captain Ingrid Halvorsen ordered the evacuation within minutes of the first alarm, crew members said.',
    'The Varda Ferry Company said the vessel had passed its last safety inspection in January.',
    'Lifeboats from two fishing villages reached the ferry before the coastguard arrived.',
    'Investigators from the Maritime Accident Board will examine the engine room this week.',
    'Services on the northern route have been suspended until further notice.',
    'Also read: Ice season ends early on the northern lakes',
  ].join('\n'),
  'varda-post.txt': [
    'Smoke and panic as Nordlys burns',
    'Passengers described thick smoke filling the lounge after the ferry Nordlys caught fire on March 14 off Harstad Point.',
    'Twenty-four passengers were treated for smoke inhalation at Varda General Hospital, according to the hospital.',
    'Captain Ingrid Halvorsen ordered the evacuation and was the last to leave the ship, passengers said.',
    'A retired teacher said volunteers handed out blankets on the quay until midnight.',
    'The Maritime Accident Board has sent three investigators to the scene.',
    'The company has promised to pay for hotel rooms for stranded travellers.',
    'Local councillors have asked for a second ferry to be stationed at Harstad in winter.',
  ].join('\n'),
  'lakeside-business.txt': [
    'Ferry operator shares fall after Nordlys fire',
    'Shares in the Varda Ferry Company fell 8% after its ferry Nordlys caught fire in March near Harstad Point.',
    'Forty-two passengers were treated for smoke inhalation at Varda General Hospital, the operator confirmed.',
    'The company denied that Captain Ingrid Halvorsen ordered the evacuation, saying the decision was taken by its control centre.',
    'The Maritime Accident Board is expected to publish a first report within a month.',
    'Analysts said insurance would cover most of the cost of repairs.',
    'The operator carried about 300,000 passengers on the lake last year.',
    'Bookings for the summer season have not yet been affected, the company said.',
  ].join('\n'),
};

const dir = mkdtempSync(join(tmpdir(), 'curate-invented-'));
let draft: Draft;

beforeAll(() => {
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), `${text}\n`);
  const articles = readArticles(Object.keys(ARTICLES).map((f) => join(dir, f)));
  draft = makeDraft({ articles, outlets: outletsFor(articles.map((a) => a.file)), nearMisses: [] });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const stanceOf = (claimId: string, outlet: string) => draft.pack.claims.find((c) => c.id === claimId)?.stances.find((s) => s.outlet === outlet);
const claimsWith = (outlet: string, stance: string, note: RegExp) =>
  draft.pack.claims.filter((c) => c.stances.some((s) => s.outlet === outlet && s.stance === stance && note.test(s.note ?? ''))).map((c) => c.id);

describe('curate on invented articles', () => {
  it('makes a valid pack whose quotes are the articles’ own words', () => {
    expect(validateStoryPack(draft.pack, draft.seeds)).toEqual([]);
    for (const c of draft.pack.claims) {
      for (const s of c.stances) {
        const seed = draft.seeds[draft.pack.outlets.find((o) => o.id === s.outlet)!.seed]!;
        expect(normaliseWhitespace(seed).includes(normaliseWhitespace(s.quote)), `${c.id}/${s.outlet}`).toBe(true);
      }
    }
  });

  it('aligns the fact all three report: the fire, with each outlet’s sentence', () => {
    const fire = draft.pack.claims.find((c) => c.stances.length === 3 && c.stances.every((s) => /caught fire/.test(s.quote)));
    expect(fire, draft.pack.claims.map((c) => c.id).join(', ')).toBeDefined();
    expect(stanceOf(fire!.id, 'harbour-herald')?.stance).toBe('confirms');
  });

  it('marks another figure as a dispute, saying which', () => {
    const ids = claimsWith('varda-post', 'disputes', /Twenty-four.*Forty-two|Forty-two.*Twenty-four/i);
    expect(ids.length).toBeGreaterThan(0);
  });

  it('marks a denial as a dispute, quoting the cue', () => {
    expect(claimsWith('lakeside-business', 'disputes', /denied/).length).toBeGreaterThan(0);
  });

  it('marks a vaguer date as qualifying', () => {
    expect(claimsWith('lakeside-business', 'qualifies', /vaguer date: “March”, where the others have “March 14”/i).length).toBeGreaterThan(0);
  });

  it('skips the furniture line and says why', () => {
    expect(draft.skipped.map((s) => s.text)).toContain('Also read: Ice season ends early on the northern lakes');
    expect(draft.pack.claims.flatMap((c) => c.stances.map((s) => s.quote)).filter((q) => q.includes('Ice season'))).toEqual([]);
  });

  it('proposes the names as entities of the right kinds', () => {
    const kind = (name: string) => draft.pack.entities.find((e) => e.names.includes(name))?.kind;
    expect(kind('Ingrid Halvorsen')).toBe('person');
    expect(kind('Varda Ferry Company')).toBe('organisation');
  });
});
