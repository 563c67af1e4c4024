// The swaps English article spinners make, and the ones a round trip through machine translation
// leaves ("used to be" for "was"): a word (or a few, however inflected) and the forms it comes out as.
// Read only inside a story's phrases of two content words or more (spun-forms.ts), so "protection"
// counts for "defence" in "protection organisations", never on its own. Nothing here names a
// story: these are the words news copy and company names ("Group", "Sons") are made of, and any
// story's phrases built from them gain their forms. A form is matched on stems: none may stem
// like a common word of its own ("officers" like "office", "generation" like "general").
export const ENGLISH_SPUN_FORMS: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  // Organisations and people.
  ['defence', ['protection', 'guard', 'safeguard']],
  ['defense', ['protection', 'guard']],
  ['company', ['organisation', 'organization', 'corporation', 'enterprise']],
  ['companies', ['organisations', 'organizations', 'corporations', 'enterprises', 'outfits']],
  ['firm', ['organisation', 'organization', 'agency']],
  ['firms', ['organisations', 'organizations', 'corporations', 'outfits']],
  ['group', ['gathering', 'crew', 'team']],
  ['sons', ['children', 'kids']],
  ['advanced', ['superior', 'progressed']],
  ['limited', ['restricted']],
  ['department', ['division']],
  ['participants', ['contributors', 'members']],
  ['electronics', ['electronic gadgets', 'hardware']],
  ['aerospace', ['aviation', 'avionics']],
  ['involvement', ['association', 'contribution']],
  ['executive', ['chief', 'administrator']],
  ['executives', ['chiefs', 'administrators']],
  ['official', ['respectable']],
  ['officials', ['functionaries']],
  ['governments', ['state run administrations', 'administrations', 'legislatures']],
  ['ministry', ['service', 'department']],
  ['representative', ['agent', 'envoy', 'consultant', 'delegate']],
  ['society', ['general public', 'association']],
  ['manufacturers', ['producers', 'makers']],
  ['body', ['frame', 'physique']],
  ['lobby', ['foyer']],
  ['people', ['individuals', 'folks']],
  ['sources', ['assets']],
  ['startups', ['new businesses', 'new companies', 'begin-ups', 'fledgling enterprises']],
  ['start-ups', ['new businesses', 'new companies', 'begin-ups', 'fledgling enterprises']],
  ['retired', ['resigned']],
  ['industry', ['trade', 'business']],
  ['industrial', ['modern', 'business']],
  ['state-owned', ['state-possessed', 'government-owned', 'state-claimed']],
  ['state-run', ['state-operated', 'government-run']],
  ['private', ['personal', 'privately-owned']],
  // Meetings and what happens at them.
  ['meeting', ['gathering', 'conference']],
  ['meetings', ['gatherings', 'conferences', 'social occasions']],
  ['sessions', ['classes', 'periods']],
  ['looked at', ['regarded into', 'checked out', 'took a gander at']],
  ['talks', ['conversations', 'discussions', 'converses']],
  ['delegation', ['designation', 'appointment', 'assignment', 'deputation']],
  // (Not "go to" for "visit": it reads every "going to" of the future tense.)
  ['trip', ['outing', 'excursion', 'shuttle', 'journey']],
  ['sidelines', ['edges', 'fringes', 'margins', 'touchlines']],
  ['ventures', ['endeavours', 'endeavors', 'adventures', 'undertakings']],
  ['venture', ['endeavour', 'endeavor', 'adventure', 'undertaking']],
  ['explore', ['investigate', 'probe']],
  ['agreement', ['arrangement', 'understanding', 'settlement']],
  ['deal', ['arrangement', 'settlement']],
  ['concrete', ['substantial', 'tangible', 'solid', 'cement']],
  ['comment', ['remark', 'commentary']],
  ['request', ['solicitation', 'demand']],
  ['first', ['principal', 'primary']],
  ['kind', ['sort', 'type']],
  ['invasion', ['attack', 'incursion', 'intrusion']],
  ['led by', ['driven by', 'drove by', 'steered by']],
  // (Not "available": "were not available for comment" is said of officials everywhere.)
  ['present', ['current', 'gift', 'existing']],
  ['took part', ['took phase', 'partook', 'took element', 'took component']],
  ['take part', ['partake', 'take element', 'take component']],
  ['previously', ['formerly', 'beforehand']],
  ['reported', ['accounted for']],
  // Making things.
  ['production', ['creation', 'manufacturing', 'output']],
  ['manufacturing', ['fabricating', 'assembling']],
  ['development', ['improvement', 'advancement', 'growth']],
  ['co-development', ['co-improvement', 'co-advancement']],
  ['co-production', ['co-creation']],
  ['research', ['exploration', 'examination']],
  ['technology', ['innovation', 'expertise', 'know-how']],
  ['technologies', ['innovations', 'applied sciences', 'advances']],
  ['systems', ['frameworks', 'programs', 'methods', 'techniques']],
  ['system', ['framework', 'program', 'method']],
  ['spare parts', ['extra parts', 'spare components', 'extra components']],
  ['components', ['elements', 'constituents']],
  ['equipment', ['gear', 'hardware', 'apparatus']],
  ['facilities', ['offices', 'amenities']],
  ['export', ['send out', 'trade', 'commodity']],
  ['fighter', ['warrior', 'contender']],
  ['aircraft', ['airplane', 'airplanes', 'plane']],
  ['artillery', ['big guns', 'heavy weapons', 'gunnery']],
  ['armoured', ['defensively covered', 'armored']],
  ['vehicles', ['automobiles', 'autos']],
  ['drones', ['automatons', 'robots']],
  ['artificial intelligence', ['man-made consciousness', 'man-made brainpower', 'computer based intelligence', 'synthetic intelligence', 'counterfeit consciousness', 'man-made intelligence']],
  ['ai', ['computer based intelligence', 'man-made intelligence']],
  // Arms, risk and trust.
  ['military', ['tactical', 'army', 'navy', 'martial']],
  ['artificial', ['synthetic']],
  ['inventory', ['stock', 'stock list']],
  ['origin', ['beginning', 'provenance', 'starting point']],
  ['sensitive', ['delicate', 'touchy']],
  ['obstacle', ['deterrent', 'hindrance', 'hurdle', 'obstruction', 'snag', 'barricade']],
  ['secondary sanctions', ['auxiliary approvals', 'supplementary approvals', 'optional approvals', 'optional assents', 'auxiliary assents']],
  ['risk', ['gamble', 'chance', 'hazard']],
  ['reluctant', ['hesitant', 'careful', 'cautious', 'unwilling']],
];

/**
 * Words that may stand right before a spun form without making it a compound of its own ("a few
 * protection organisations", not "crop protection companies"); every other word the story does
 * not know does (lexicon.ts).
 */
export const ENGLISH_SPUN_OPENERS: ReadonlySet<string> = new Set([
  'few', 'several', 'many', 'various', 'numerous', 'other', 'certain', 'major', 'leading', 'key', 'top', 'big', 'bigger',
  'biggest', 'large', 'larger', 'largest', 'main', 'prominent', 'additionally', 'likewise', 'further', 'also', 'not', 'no',
]);
