// English wording found missing or misread when the writer "gus" was read into the tuning half,
// each beside a sentence that shares the new words and must not make the claim (precision first).
// Sentences written for this test; none comes from the evaluation set or the seeds.
import { describe, expect, it } from 'vitest';
import { storyPack } from '../../../data/packs';
import { paragraphClaims } from '../fixtures/paragraph-claims';
import { buildMatchIndex } from '../story-index';
import { english } from './en';

const index = buildMatchIndex(storyPack, english);
const claimsOf = (...paragraph: string[]) => paragraphClaims(index, paragraph);

describe('a negation inside the direct speech a sentence opens with', () => {
  it('bears on nothing after the quotation closes', () => {
    expect(claimsOf('"Nobody in Delhi wanted publicity," a participant said of the Moscow meetings on October 29 and 30.')).toContain('meetings-held-october-29-30:a');
  });

  it('but on all of it when the speech goes on after its attribution', () => {
    expect(claimsOf('"At no point," the spokeswoman said, "did Bharat Forge send anyone to the Moscow meetings."')).toContain('bharat-forge-attended:d');
  });

  it('still bears on what the quotation says', () => {
    expect(claimsOf('"Nobody from Bharat Forge went to the Moscow meetings," the company said.')).toContain('bharat-forge-attended:d');
  });

  it('but not when the quotation sits inside the sentence', () => {
    expect(claimsOf('Bharat Forge said there was "no participation" by the company in the Moscow meetings.')).toContain('bharat-forge-attended:d');
  });
});

describe('"no question" stresses, it does not negate', () => {
  it('reads no refusal to comment', () => {
    expect(claimsOf('"Their chief was in the room, no question," a person briefed on the Moscow talks said of Adani.')).not.toContain('ministry-and-companies-did-not-comment:a');
  });
});

describe('staying away said with a verb of its own', () => {
  it.each([
    ['Adani Defence skipped the Moscow meetings, a person close to the group said.', 'adani-defence-attended:d'],
    ['Bharat Forge stayed away from the talks in Moscow, according to the filing.', 'bharat-forge-attended:d'],
  ])('%s', (sentence, claim) => {
    expect(claimsOf(sentence)).toContain(claim);
  });

  it('is no meeting of the story\'s executives', () => {
    expect(claimsOf('Indian defence firms Tata, L&T and BEL skipped the Moscow meetings.')).not.toContain('executives-met-russian-officials-in-moscow:a');
  });
});

describe('a denial said twice', () => {
  it('is not undone by the falsity after it', () => {
    const found = claimsOf('Adani Group said it categorically denied the untrue reports of its involvement in Moscow.');
    expect(found).toContain('adani-defence-attended:d');
    expect(found).not.toContain('adani-defence-attended:a');
  });
});

describe('ruling out', () => {
  it('denies', () => {
    expect(claimsOf('The Adani Group ruled out any participation by its staff in the Moscow meetings.')).toContain('adani-defence-attended:d');
  });

  it('not ruling out leaves it open', () => {
    const found = claimsOf('Adani did not rule out that its defence chief had attended the meetings in Moscow.');
    expect(found).not.toContain('adani-defence-attended:d');
    expect(found).not.toContain('adani-defence-attended:a');
  });
});

describe('a statement or a spokesperson speaks for its owner', () => {
  it.each([
    ['Bharat Forge\'s stock-exchange letter on Monday flatly rejected any role in the Moscow meetings.', 'bharat-forge-attended:d'],
    ['Questioned on Thursday, Adani\'s spokesman said: "Those reports are untrue."', 'adani-defence-attended:d'],
  ])('%s', (sentence, claim) => {
    expect(claimsOf(sentence)).toContain(claim);
  });

  it('only when it says something of its own', () => {
    expect(claimsOf('Bharat Forge\'s stock-exchange letter did not address whether any other Indian company attended.')).toEqual([]);
  });
});

describe('a hedge between the words of a predicate', () => {
  it('leaves it open', () => {
    const found = claimsOf('Indian government officials were probably present at the Moscow meetings.');
    expect(found).toContain('government-officials-attended:u');
    expect(found).not.toContain('government-officials-attended:a');
  });

});

describe('production in India shipped to Russia, said with a verb of sending', () => {
  const MEETINGS = 'Indian defence executives met Russian officials in Moscow to explore joint ventures.';

  it.each([
    'Plants in India that would one day sell military hardware to Russia were also discussed.',
    'Shipping Indian-made weapons parts to Russia was another idea raised.',
  ])('%s', (sentence) => {
    expect(claimsOf(MEETINGS, sentence)).toContain('production-in-india-for-export-to-russia:a');
  });

  it('not without the meetings on the page, nor goods sent elsewhere, nor trade that is no proposal from India', () => {
    expect(claimsOf('Factories in India could one day ship armoured vehicle parts to Russia.')).toEqual([]);
    expect(claimsOf(MEETINGS, 'Factories in India could one day ship armoured vehicle parts to Russia.')).toContain('production-in-india-for-export-to-russia:a');
    expect(claimsOf(MEETINGS, 'Indian factories have long supplied tea to Europe.')).not.toContain('production-in-india-for-export-to-russia:a');
    expect(claimsOf(MEETINGS, 'Factories in Gujarat supply textile machinery to Russia every year.')).toEqual([]);
    expect(claimsOf(MEETINGS, 'Plants in Kazakhstan now ship spare parts to Russia.')).toEqual([]);
    expect(claimsOf(MEETINGS, 'India-built patrol boats have been sold to Vietnam, not to Russia.')).toEqual([]);
  });
});

describe('a hedge after a subject whose phrase holds the predicate', () => {
  const MEETINGS = 'Indian defence executives met Russian officials in Moscow to explore joint ventures.';

  it('leaves it open', () => {
    const found = claimsOf(MEETINGS, 'Factories in India that could one day sell weapons parts to Russia were possibly discussed as well.');
    expect(found).toContain('production-in-india-for-export-to-russia:u');
    expect(found).not.toContain('production-in-india-for-export-to-russia:a');
  });

  it('not past a verb of the clause\'s own', () => {
    expect(claimsOf('Nothing concrete was agreed in Moscow, and perhaps that suited both sides.')).toContain('no-concrete-agreement-finalised:a');
  });

  it('a hedge on an existential "there" bears on its whole clause', () => {
    const found = claimsOf(MEETINGS, 'There may also have been talk in Moscow of building Indian production lines that would one day ship spare parts to Russia.');
    expect(found).not.toContain('production-in-india-for-export-to-russia:a');
  });
});

describe('smaller wording', () => {
  const MEETINGS = 'Indian defence executives met Russian officials in Moscow to explore joint ventures.';

  it('an ordinal in digits as a fraction ("a 3rd")', () => {
    expect(claimsOf('Well over a 3rd of the Indian military\'s arsenal is of Russian origin, estimates suggest.')).toContain('russian-origin-36-percent-of-inventory:a');
  });

  it('"nothing binding" is an agreement not reached', () => {
    expect(claimsOf(MEETINGS, 'Nothing binding came out of the two days of talks in Moscow.')).toContain('no-concrete-agreement-finalised:a');
  });

  it('a headcount said with "numbered", with the meetings on the page', () => {
    expect(claimsOf(MEETINGS, 'The Indian executives numbered at least six, people familiar with the trip said.')).toContain('at-least-six-executives-state-and-private:a');
    expect(claimsOf('The Indian executives at the Bangalore trade fair numbered at least six.')).not.toContain('at-least-six-executives-state-and-private:a');
  });

  it('someone sent in an owner\'s name does what the owner does', () => {
    expect(claimsOf(MEETINGS, 'Bharat Forge\'s delegate was keen on helicopter and tank components, one attendee said.')).toContain('bharat-forge-tanks-helicopters-aircraft:a');
  });

  it('but an adviser is no one sent in the owner\'s name', () => {
    expect(claimsOf(MEETINGS, 'Tata\'s adviser Arun Sahni was in Moscow in November.')).not.toContain('tata-lt-bel-did-not-participate:d');
  });
});

describe('the meetings left open by a condition on their taking place', () => {
  const REPORT = 'Indian defence executives reportedly met Russian officials in Moscow.';

  it('leaves the executives\' meeting open', () => {
    expect(claimsOf(REPORT, 'The talks, if they ever happened, would have been a first since 2022.')).toContain('executives-met-russian-officials-in-moscow:u');
  });

  it('but the bare statement that they took place is no report of the meeting on its own', () => {
    expect(claimsOf(REPORT, 'The talks happened.')).toEqual([]);
  });
});

describe('after review', () => {
  it('"no question of" negates', () => {
    expect(claimsOf('There was no question of Bharat Forge sending anyone to the Moscow meetings, its spokesman said.')).toContain('bharat-forge-attended:d');
  });

  it('a spokesperson reporting what others did speaks for no one there', () => {
    expect(claimsOf('Bharat Forge\'s spokeswoman said rival companies took part in the Moscow meetings.')).not.toContain('bharat-forge-attended:a');
    expect(claimsOf('Bharat Forge\'s delegate said rival companies took part in the Moscow meetings.')).not.toContain('bharat-forge-tanks-helicopters-aircraft:a');
  });

  it('a possessive\'s own verb under a later hedge is no noun left open', () => {
    expect(claimsOf('Adani Defence\'s chief executive attended the Moscow meetings, and further visits may follow.')).toContain('adani-defence-attended:a');
    expect(claimsOf('Adani Defence\'s participation, if the sources are right, would complicate its American plans.')).toContain('adani-defence-attended:u');
  });

  it('"ruled out" of what is to come denies no attendance; refusing to rule out leaves it open', () => {
    expect(claimsOf('Bharat Forge has ruled out making tank parts with Russian partners, a spokesperson said.')).not.toContain('bharat-forge-attended:d');
    const found = claimsOf('Bharat Forge refused to rule out that its staff had been at the Moscow talks.');
    expect(found).toContain('bharat-forge-attended:u');
  });

  it('an existential hedge stops at the first comma', () => {
    expect(claimsOf('There may be a cost in Washington, analysts said, since Bharat Forge executives attended the Moscow meetings.')).toContain('bharat-forge-attended:a');
  });

  it('staying away negates its object only', () => {
    expect(claimsOf('Indian companies have steered clear of Russian contracts for fear of secondary sanctions.')).not.toContain('secondary-sanctions-risk:d');
  });

  it('a hedge opening a noun phrase set off by commas doubts that phrase only', () => {
    expect(claimsOf('Adani Defence, possibly the biggest private name at the table, attended the Moscow meetings.')).toContain('adani-defence-attended:a');
  });
});

describe('an ellipsis asked is no ellipsis said', () => {
  it('carries nothing in a question', () => {
    expect(claimsOf('Bharat Forge did not reply to questions about the Moscow meetings.', 'Neither did the defence ministry.')).toContain('ministry-and-companies-did-not-comment:a');
    expect(claimsOf('Bharat Forge did not reply to questions about the Moscow meetings.', 'Neither did the defence ministry?')).not.toContain('ministry-and-companies-did-not-comment:a');
  });
});

describe('the sanctions risk in boardrooms and in what a step could invite', () => {
  const MEETINGS = 'Indian defence executives met Russian officials in Moscow to explore joint ventures.';

  it.each([
    'Indian boardrooms are jittery about US secondary sanctions over anything Russian.',
    'Indian firms know that a deal struck in Moscow could invite American secondary sanctions.',
  ])('%s', (sentence) => {
    expect(claimsOf(MEETINGS, sentence)).toContain('secondary-sanctions-risk:a');
  });

  it('not the oil trade\'s', () => {
    expect(claimsOf(MEETINGS, 'Indian refiners\' boards are wary of secondary sanctions over Russian crude purchases.')).not.toContain('secondary-sanctions-risk:a');
  });
});

describe('the West\'s "best technology" held back', () => {
  it('is the technology claim', () => {
    expect(claimsOf('Washington has long treated India\'s reliance on Russian weaponry as grounds to hold back its best technology.')).toContain('russian-arms-obstacle-to-western-technology:a');
  });
});

describe('"could draw" is no sanctions risk', () => {
  it('when it draws on something', () => {
    expect(claimsOf('Indian defence executives met Russian officials in Moscow to explore joint ventures.', 'Indian firms hope a venture with Russia could draw on Moscow\'s engineering base, sanctions or not.'))
      .not.toContain('secondary-sanctions-risk:a');
  });
});
