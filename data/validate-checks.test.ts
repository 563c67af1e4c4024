// Each check of the story pack validator (validate.ts) fires on the fixture broken one way, naming
// the claim (or outlet) and the field; every problem is reported, not only the first.
import { describe, it, expect } from 'vitest';

import { MIN_CLAIMS_PER_OUTLET, validateStoryPack } from './validate';
import { broken, SEEDS, type Loose } from './validate-fixture';

interface Case {
  name: string;
  mutate: (f: Loose) => void;
  path: string;
  message: RegExp;
  seeds?: Record<string, string>;
}

const cases: Case[] = [
  // story
  { name: 'missing story', mutate: (f) => delete f.story, path: 'story', message: /missing/ },
  { name: 'missing story title', mutate: (f) => delete f.story.title, path: 'story.title', message: /missing/ },
  { name: 'empty story summary', mutate: (f) => (f.story.summary = '  '), path: 'story.summary', message: /empty/ },
  { name: 'story id not a slug', mutate: (f) => (f.story.id = 'Test Story'), path: 'story.id', message: /must be a slug/ },
  { name: 'unknown story field', mutate: (f) => (f.story.signals = []), path: 'story.signals', message: /not a field/ },
  { name: 'missing story language', mutate: (f) => delete f.story.language, path: 'story.language', message: /missing/ },
  { name: 'story language not a code', mutate: (f) => (f.story.language = 'English'), path: 'story.language', message: /language code/ },
  { name: 'missing story period', mutate: (f) => delete f.story.period, path: 'story.period', message: /missing/ },
  { name: 'story period without years', mutate: (f) => (f.story.period.years = []), path: 'story.period.years', message: /must not be empty/ },
  { name: 'story period year not an integer', mutate: (f) => (f.story.period.years = [2025.5]), path: 'story.period.years[0]', message: /integer/i },
  { name: 'story period month 13', mutate: (f) => (f.story.period.months = [12, 13]), path: 'story.period.months[1]', message: /expected <=12 but received 13/ },

  // signals (the story gate)
  { name: 'missing signals', mutate: (f) => delete f.signals, path: 'signals', message: /missing/ },
  { name: 'signals empty', mutate: (f) => (f.signals = []), path: 'signals', message: /empty/ },
  { name: 'signal group not an object', mutate: (f) => (f.signals[1] = 'sky'), path: 'signals[1]', message: /expected Object but received "sky"/ },
  { name: 'signal group missing id', mutate: (f) => delete f.signals[1].id, path: 'signals[1].id', message: /missing/ },
  { name: 'duplicate signal group id', mutate: (f) => (f.signals[1].id = 'colours'), path: 'signals[colours].id', message: /duplicate id "colours"/ },
  { name: 'signal weight zero', mutate: (f) => (f.signals[0].weight = 0), path: 'signals[colours].weight', message: /positive number, got a number/ },
  { name: 'signal weight a string', mutate: (f) => (f.signals[0].weight = '2'), path: 'signals[colours].weight', message: /positive number, got "2"/ },
  { name: 'signal weight missing', mutate: (f) => delete f.signals[1].weight, path: 'signals[things].weight', message: /missing/ },
  { name: 'signal anchor not boolean', mutate: (f) => (f.signals[1].anchor = 'yes'), path: 'signals[things].anchor', message: /boolean/ },
  { name: 'signal decisive not boolean', mutate: (f) => (f.signals[2].decisive = 1), path: 'signals[follow-up].decisive', message: /boolean/ },
  { name: 'signal elsewhere not boolean', mutate: (f) => (f.signals[3].elsewhere = 'true'), path: 'signals[other-story].elsewhere', message: /boolean/ },
  { name: 'no anchor signal group', mutate: (f) => (f.signals[0].anchor = false), path: 'signals', message: /anchor/ },
  { name: 'signal terms empty', mutate: (f) => (f.signals[1].terms = []), path: 'signals[things].terms', message: /empty/ },
  { name: 'signal term empty', mutate: (f) => (f.signals[1].terms = ['sky', '']), path: 'signals[things].terms[1]', message: /must not be empty/ },
  { name: 'unknown signal group field', mutate: (f) => (f.signals[1].score = 1), path: 'signals[things].score', message: /not a field/ },

  // outlets
  { name: 'outlets not an array', mutate: (f) => (f.outlets = {}), path: 'outlets', message: /expected Array but received Object/ },
  { name: 'outlets empty', mutate: (f) => (f.outlets = []), path: 'outlets', message: /empty/ },
  { name: 'outlet missing name', mutate: (f) => delete f.outlets[0].name, path: 'outlets[alpha].name', message: /missing/ },
  { name: 'outlet name a number', mutate: (f) => (f.outlets[0].name = 7), path: 'outlets[alpha].name', message: /must be a string, got a number/ },
  { name: 'outlet missing id', mutate: (f) => delete f.outlets[1].id, path: 'outlets[1].id', message: /missing/ },
  { name: 'outlet id not a slug', mutate: (f) => (f.outlets[0].id = 'Alpha_News'), path: 'outlets[Alpha_News].id', message: /must be a slug/ },
  { name: 'outlet id with double hyphen', mutate: (f) => (f.outlets[0].id = 'al--pha'), path: 'outlets[al--pha].id', message: /must be a slug/ },
  { name: 'duplicate outlet id', mutate: (f) => (f.outlets[1].id = 'alpha'), path: 'outlets[alpha].id', message: /duplicate id "alpha"/ },
  { name: 'outlet url not https', mutate: (f) => (f.outlets[0].url = 'http://alpha.example/story'), path: 'outlets[alpha].url', message: /https/ },
  { name: 'outlet url not a URL', mutate: (f) => (f.outlets[0].url = 'alpha.example/story'), path: 'outlets[alpha].url', message: /must be a URL/ },
  { name: 'outlet seed not .txt or .html', mutate: (f) => (f.outlets[0].seed = 'alpha.md'), path: 'outlets[alpha].seed', message: /\.txt or \.html/ },
  { name: 'outlet seed with a directory', mutate: (f) => (f.outlets[0].seed = 'seeds/alpha.txt'), path: 'outlets[alpha].seed', message: /no directory/ },
  { name: 'two outlets share a seed', mutate: (f) => (f.outlets[1].seed = 'alpha.txt'), path: 'outlets[beta].seed', message: /already used by outlet "alpha"/ },
  {
    name: 'outlet seed absent from the seeds given',
    mutate: () => {},
    seeds: { 'alpha.txt': SEEDS['alpha.txt'] ?? '' },
    path: 'outlets[beta].seed',
    message: /"beta\.txt" not found/,
  },
  {
    name: `outlet in fewer than ${MIN_CLAIMS_PER_OUTLET} claims`,
    mutate: (f) => (f.claims[2].stances = f.claims[2].stances.slice(0, 1)),
    path: 'outlets[beta]',
    message: new RegExp(`2 claim\\(s\\); at least ${MIN_CLAIMS_PER_OUTLET} required`),
  },

  // claims
  { name: 'claims missing', mutate: (f) => delete f.claims, path: 'claims', message: /missing/ },
  { name: 'claims empty', mutate: (f) => (f.claims = []), path: 'claims', message: /empty/ },
  { name: 'claim not an object', mutate: (f) => (f.claims[1] = 'grass'), path: 'claims[1]', message: /expected Object but received "grass"/ },
  { name: 'claim missing id', mutate: (f) => delete f.claims[1].id, path: 'claims[1].id', message: /missing/ },
  { name: 'claim id not a slug', mutate: (f) => (f.claims[0].id = 'Sky Blue'), path: 'claims[Sky Blue].id', message: /must be a slug/ },
  { name: 'duplicate claim id', mutate: (f) => (f.claims[2].id = 'sky-blue'), path: 'claims[sky-blue].id', message: /duplicate id "sky-blue".*indices 0 and 2/ },
  { name: 'claim missing text', mutate: (f) => delete f.claims[0].text, path: 'claims[sky-blue].text', message: /missing/ },
  { name: 'claim empty text', mutate: (f) => (f.claims[0].text = ''), path: 'claims[sky-blue].text', message: /empty/ },
  { name: 'claim missing topic', mutate: (f) => delete f.claims[0].topic, path: 'claims[sky-blue].topic', message: /missing/ },
  { name: 'claim unknown topic', mutate: (f) => (f.claims[0].topic = 'weather'), path: 'claims[sky-blue].topic', message: /must be one of who-attended.*got "weather"/ },
  { name: 'claim with the old variants field', mutate: (f) => (f.claims[0].variants = ['The sky has a blue colour.']), path: 'claims[sky-blue].variants', message: /not a field/ },
  { name: 'claim missing stances', mutate: (f) => delete f.claims[0].stances, path: 'claims[sky-blue].stances', message: /missing/ },
  { name: 'stances empty', mutate: (f) => (f.claims[0].stances = []), path: 'claims[sky-blue].stances', message: /at least one/ },
  { name: 'stances not an array', mutate: (f) => (f.claims[0].stances = {}), path: 'claims[sky-blue].stances', message: /expected Array but received Object/ },

  // frames
  { name: 'claim missing frame', mutate: (f) => delete f.claims[0].frame, path: 'claims[sky-blue].frame', message: /missing/ },
  { name: 'frame missing predicate', mutate: (f) => delete f.claims[0].frame.predicate, path: 'claims[sky-blue].frame.predicate', message: /missing/ },
  { name: 'frame predicate empty', mutate: (f) => (f.claims[0].frame.predicate = []), path: 'claims[sky-blue].frame.predicate', message: /empty/ },
  { name: 'entails an unknown claim', mutate: (f) => (f.claims[0].frame.entails = [{ claim: 'sky-red', polarity: 'denies' }]), path: 'claims[sky-blue].frame.entails[0].claim', message: /unknown claim "sky-red"/ },
  { name: 'entails itself', mutate: (f) => (f.claims[0].frame.entails = [{ claim: 'sky-blue', polarity: 'denies' }]), path: 'claims[sky-blue].frame.entails[0].claim', message: /cannot entail itself/ },
  { name: 'entails unless an unknown claim', mutate: (f) => (f.claims[0].frame.entails = [{ claim: 'grass-green', polarity: 'denies', unless: ['nope'] }]), path: 'claims[sky-blue].frame.entails[0].unless[0]', message: /unknown claim "nope"/ },
  { name: 'entails with another polarity', mutate: (f) => (f.claims[0].frame.entails = [{ claim: 'grass-green', polarity: 'uncertain' }]), path: 'claims[sky-blue].frame.entails[0].polarity', message: /affirms/ },
  { name: 'frame id not a slug', mutate: (f) => (f.claims[0].frame.subject = ['Sky']), path: 'claims[sky-blue].frame.subject[0]', message: /entity or concept id/ },
  { name: 'frame subject a string', mutate: (f) => (f.claims[0].frame.subject = 'sky'), path: 'claims[sky-blue].frame.subject', message: /array/i },
  { name: 'unknown frame field', mutate: (f) => (f.claims[0].frame.terms = ['sky']), path: 'claims[sky-blue].frame.terms', message: /not a field/ },
  { name: 'frame names an unknown id', mutate: (f) => (f.claims[0].frame.subject = ['sky', 'cloud']), path: 'claims[sky-blue].frame.subject[1]', message: /unknown entity or concept "cloud"/ },
  { name: 'frame negates an unknown id', mutate: (f) => (f.claims[1].frame.predicate = ['green', '!grey']), path: 'claims[grass-green].frame.predicate[1]', message: /unknown entity or concept "grey"/ },
  { name: 'frame also group empty', mutate: (f) => (f.claims[1].frame.also = [[]]), path: 'claims[grass-green].frame.also[0]', message: /empty/ },
  { name: 'frame also names an unknown id', mutate: (f) => (f.claims[1].frame.also = [['colour', 'hue']]), path: 'claims[grass-green].frame.also[0][1]', message: /unknown entity or concept "hue"/ },
  { name: 'frame context names an unknown id', mutate: (f) => (f.claims[2].frame.context = [['rain']]), path: 'claims[water-wet].frame.context[0][0]', message: /unknown entity or concept "rain"/ },
  { name: 'frame place is a concept', mutate: (f) => (f.claims[1].frame.place = ['colour']), path: 'claims[grass-green].frame.place[0]', message: /unknown entity "colour"/ },
  { name: 'frame not names an unknown event', mutate: (f) => (f.claims[0].frame.not = ['storm']), path: 'claims[sky-blue].frame.not[0]', message: /unknown entity or concept "storm"/ },
  { name: 'restated frame names an unknown id', mutate: (f) => (f.claims[0].frame.restated = [{ subject: ['sky'], predicate: ['haze'] }]), path: 'claims[sky-blue].frame.restated[0].predicate[0]', message: /unknown entity or concept "haze"/ },
  { name: 'restated frame place is a concept', mutate: (f) => (f.claims[1].frame.restated = [{ subject: ['grass'], predicate: ['green'], place: ['colour'] }]), path: 'claims[grass-green].frame.restated[0].place[0]', message: /unknown entity "colour"/ },
  { name: 'restated frame without a predicate', mutate: (f) => (f.claims[0].frame.restated = [{ subject: ['sky'] }]), path: 'claims[sky-blue].frame.restated[0].predicate', message: /missing/ },
  { name: 'restated frame with a slot of the whole frame', mutate: (f) => (f.claims[0].frame.restated = [{ subject: ['sky'], predicate: ['blue'], years: [2020] }]), path: 'claims[sky-blue].frame.restated[0].years', message: /not a field/ },
  { name: 'bare not boolean', mutate: (f) => (f.claims[0].frame.restated = [{ subject: ['sky'], predicate: ['blue'], bare: 'yes' }]), path: 'claims[sky-blue].frame.restated[0].bare', message: /boolean/ },
  { name: 'restated frame naming its subject both after and before', mutate: (f) => (f.claims[0].frame.restated = [{ subject: ['sky'], predicate: ['blue'], objectAfter: true, ownerBefore: true }]), path: 'claims[sky-blue].frame.restated[0]', message: /both after the predicate/ },
  { name: 'frame oneWay names an unknown id', mutate: (f) => (f.claims[0].frame.oneWay = ['cloud']), path: 'claims[sky-blue].frame.oneWay[0]', message: /unknown entity or concept "cloud"/ },
  { name: 'frame oneWay not a subject', mutate: (f) => (f.claims[1].frame.oneWay = ['colour']), path: 'claims[grass-green].frame.oneWay[0]', message: /"colour" is none of the frame's subjects/ },
  { name: 'frame disputable not boolean', mutate: (f) => (f.claims[0].frame.disputable = 'no'), path: 'claims[sky-blue].frame.disputable', message: /expected boolean but received "no"/ },
  { name: 'figure of an unknown kind', mutate: (f) => (f.claims[2].frame.figure = { kind: 'money', value: 4 }), path: 'claims[water-wet].frame.figure.kind', message: /"percent" \| "count" \| "date".*received "money"/ },
  { name: 'percent over 100', mutate: (f) => (f.claims[2].frame.figure.value = 101), path: 'claims[water-wet].frame.figure.value', message: /expected <=100 but received 101/ },
  { name: 'unknown figure bound', mutate: (f) => (f.claims[2].frame.figure.bound = 'roughly'), path: 'claims[water-wet].frame.figure.bound', message: /received "roughly"/ },
  { name: 'count without what it counts', mutate: (f) => (f.claims[2].frame.figure = { kind: 'count', value: 6 }), path: 'claims[water-wet].frame.figure.counts', message: /missing/ },
  { name: 'count of an unknown id', mutate: (f) => (f.claims[2].frame.figure = { kind: 'count', value: 6, counts: ['drops'] }), path: 'claims[water-wet].frame.figure.counts[0]', message: /unknown entity or concept "drops"/ },
  { name: 'count not an integer', mutate: (f) => (f.claims[2].frame.figure = { kind: 'count', value: 2.5, counts: ['water'] }), path: 'claims[water-wet].frame.figure.value', message: /integer.*2\.5/i },
  { name: 'date in month 13', mutate: (f) => (f.claims[2].frame.figure = { kind: 'date', month: 13, days: [1] }), path: 'claims[water-wet].frame.figure.month', message: /expected <=12 but received 13/ },
  { name: 'date on day 32', mutate: (f) => (f.claims[2].frame.figure = { kind: 'date', month: 5, days: [31, 32] }), path: 'claims[water-wet].frame.figure.days[1]', message: /expected <=31 but received 32/ },

  // entities and concepts
  { name: 'entities missing', mutate: (f) => delete f.entities, path: 'entities', message: /missing/ },
  { name: 'entity of an unknown kind', mutate: (f) => (f.entities[0].kind = 'planet'), path: 'entities[sky].kind', message: /must be one of organisation.*got "planet"/ },
  { name: 'entity without names', mutate: (f) => (f.entities[0].names = []), path: 'entities[sky].names', message: /empty/ },
  { name: 'entity name empty', mutate: (f) => (f.entities[0].names = ['sky', ' ']), path: 'entities[sky].names[1]', message: /empty/ },
  { name: 'entity distractor not boolean', mutate: (f) => (f.entities[4].distractor = 'yes'), path: 'entities[sea].distractor', message: /expected boolean but received "yes"/ },
  { name: 'duplicate entity id', mutate: (f) => (f.entities[1].id = 'sky'), path: 'entities[sky].id', message: /duplicate id "sky"/ },
  { name: 'post in an unknown entity', mutate: (f) => (f.entities[0].posts = [{ of: 'moon', titles: ['keeper'] }]), path: 'entities[sky].posts[0].of', message: /unknown entity "moon"/ },
  { name: 'post in the entity itself', mutate: (f) => (f.entities[0].posts = [{ of: 'sky', titles: ['keeper'] }]), path: 'entities[sky].posts[0].of', message: /the entity itself/ },
  { name: 'sole noun not among the nouns', mutate: (f) => (f.entities[1].soleNouns = ['meadow']), path: 'entities[grass].soleNouns[0]', message: /not one of the entity's nouns/ },
  { name: 'sole noun of two entities', mutate: (f) => ((f.entities[0].nouns = ['lawn']), (f.entities[1].soleNouns = ['lawn'])), path: 'entities[grass].soleNouns[0]', message: /also a noun of "sky"/ },
  { name: 'belonging to an unknown entity', mutate: (f) => (f.entities[0].belongsTo = ['moon']), path: 'entities[sky].belongsTo[0]', message: /unknown entity "moon"/ },
  { name: 'belonging to the entity itself', mutate: (f) => (f.entities[0].belongsTo = ['sky']), path: 'entities[sky].belongsTo[0]', message: /the entity itself/ },
  { name: 'belongsTo not a list', mutate: (f) => (f.entities[0].belongsTo = 'grass'), path: 'entities[sky].belongsTo', message: /expected Array/ },
  { name: 'post without titles', mutate: (f) => (f.entities[0].posts = [{ of: 'grass', titles: [] }]), path: 'entities[sky].posts[0].titles', message: /empty/ },
  { name: 'concepts missing', mutate: (f) => delete f.concepts, path: 'concepts', message: /missing/ },
  { name: 'concept without phrases', mutate: (f) => (f.concepts[0].phrases = []), path: 'concepts[blue].phrases', message: /empty/ },
  { name: 'concept id not a slug', mutate: (f) => (f.concepts[0].id = 'Blue'), path: 'concepts[Blue].id', message: /must be a slug/ },
  { name: 'concept negative not boolean', mutate: (f) => (f.concepts[0].negative = 'yes'), path: 'concepts[blue].negative', message: /boolean/ },
  { name: 'duplicate concept id', mutate: (f) => (f.concepts[1].id = 'blue'), path: 'concepts[blue].id', message: /duplicate id "blue"/ },

  // stances
  { name: 'stance not an object', mutate: (f) => (f.claims[0].stances[1] = null), path: 'claims[sky-blue].stances[1]', message: /expected Object but received null/ },
  { name: 'stance missing outlet', mutate: (f) => delete f.claims[0].stances[0].outlet, path: 'claims[sky-blue].stances[0].outlet', message: /missing/ },
  { name: 'stance unknown outlet', mutate: (f) => (f.claims[0].stances[0].outlet = 'gamma'), path: 'claims[sky-blue].stances[0].outlet', message: /unknown outlet "gamma"/ },
  { name: 'outlet twice in one claim', mutate: (f) => (f.claims[0].stances[1].outlet = 'alpha'), path: 'claims[sky-blue].stances[1].outlet', message: /already has a stance.*stances\[0\]/ },
  { name: 'stance missing stance', mutate: (f) => delete f.claims[0].stances[0].stance, path: 'claims[sky-blue].stances[0].stance', message: /missing/ },
  { name: 'wrong stance value', mutate: (f) => (f.claims[0].stances[0].stance = 'agrees'), path: 'claims[sky-blue].stances[0].stance', message: /must be one of confirms, disputes, qualifies, got "agrees"/ },
  { name: 'stance missing quote', mutate: (f) => delete f.claims[0].stances[0].quote, path: 'claims[sky-blue].stances[0].quote', message: /missing/ },
  { name: 'stance empty quote', mutate: (f) => (f.claims[0].stances[0].quote = ' \n '), path: 'claims[sky-blue].stances[0].quote', message: /empty/ },
  { name: 'missing note on disputes', mutate: (f) => delete f.claims[0].stances[1].note, path: 'claims[sky-blue].stances[1].note', message: /required when the stance is "disputes"/ },
  { name: 'missing note on qualifies', mutate: (f) => delete f.claims[1].stances[1].note, path: 'claims[grass-green].stances[1].note', message: /required when the stance is "qualifies"/ },
  { name: 'empty note on disputes', mutate: (f) => (f.claims[0].stances[1].note = ''), path: 'claims[sky-blue].stances[1].note', message: /must not be empty/ },
  { name: 'note not a string', mutate: (f) => (f.claims[2].stances[0].note = 5), path: 'claims[water-wet].stances[0].note', message: /must be a string, got a number/ },
  {
    name: 'quote not in seed',
    mutate: (f) => (f.claims[0].stances[0].quote = 'the sky is green'),
    path: 'claims[sky-blue].stances[0].quote',
    message: /not found verbatim in seed "alpha\.txt" \(outlet "alpha"\)/,
  },
  {
    name: 'quote from another outlet’s seed',
    mutate: (f) => (f.claims[2].stances[0].quote = 'Beta agrees that water is wet.'),
    path: 'claims[water-wet].stances[0].quote',
    message: /not found verbatim in seed "alpha\.txt"/,
  },
  {
    name: 'quote differing in more than whitespace (straight vs curly apostrophe)',
    mutate: (f) => (f.claims[0].stances[0].quote = "Alpha says the sky's blue"),
    path: 'claims[sky-blue].stances[0].quote',
    message: /not found verbatim/,
  },

  // the pack
  { name: 'unknown top-level field', mutate: (f) => (f.gate = {}), path: 'gate', message: /not a field/ },
];

describe('validateStoryPack: each check fires, naming the claim (or outlet) and field', () => {
  it.each(cases)('$name -> $path', ({ mutate, path: expectedPath, message, seeds }) => {
    const problems = validateStoryPack(broken(mutate), seeds ?? SEEDS);
    const hit = problems.find((p) => p.path === expectedPath);
    expect(hit, `no problem at ${expectedPath}; got ${JSON.stringify(problems, null, 2)}`).toBeDefined();
    expect(hit?.message).toMatch(message);
  });

  it('reports a missing quote only when seeds are given', () => {
    const f = broken((x) => (x.claims[0].stances[0].quote = 'not in any seed'));
    expect(validateStoryPack(f)).toEqual([]);
    expect(validateStoryPack(f, SEEDS)).toHaveLength(1);
  });

  it('reports every problem, not just the first', () => {
    const f = broken((x) => {
      x.claims[0].stances[0].stance = 'agrees';
      delete x.claims[1].text;
      x.outlets[0].url = 'ftp://alpha.example';
    });
    const paths = validateStoryPack(f, SEEDS).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['claims[sky-blue].stances[0].stance', 'claims[grass-green].text', 'outlets[alpha].url']),
    );
    const consistency = broken((x) => {
      x.claims[0].frame.subject = ['cloud'];
      delete x.claims[1].stances[1].note;
      x.claims[2].stances[1].quote = 'not in the seed';
    });
    expect(validateStoryPack(consistency, SEEDS).map((p) => p.path)).toEqual([
      'claims[sky-blue].frame.subject[0]',
      'claims[grass-green].stances[1].note',
      'claims[water-wet].stances[1].quote',
    ]);
  });

  it('checks ids, outlets and quotes once the shape is right', () => {
    const f = broken((x) => {
      x.story.language = 'English';
      x.claims[0].frame.subject = ['cloud'];
    });
    expect(validateStoryPack(f, SEEDS).map((p) => p.path)).toEqual(['story.language']);
  });
});
