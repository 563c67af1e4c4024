import { describe, expect, it } from 'vitest';
import type { OutletPosition } from './claim-view-model';
import { mount, one, text } from './fixtures/dom';
import { mockClaimSet } from './fixtures/mock-story';
import { OutletQuote } from './OutletQuote';

const riverTimes = mockClaimSet.outlets[1]!;

const entry = (over: Partial<OutletPosition> = {}): OutletPosition => ({
  outlet: riverTimes,
  position: 'qualifies',
  quote: 'the council puts the bill at €4.5 million',
  quoteLang: 'en',
  note: 'Gives €4.5 million, not €4 million.',
  isThisPage: false,
  ...over,
});

describe('OutletQuote', () => {
  it("shows the outlet, its position, its words verbatim and the note on what differs", () => {
    const root = mount(<OutletQuote entry={entry()} noteLang="en" />);
    expect(text(one(root, '.quote__outlet'))).toBe('River Times');
    expect(text(one(root, '.stance'))).toBe('≈Qualifies');
    expect(one(root, 'blockquote').textContent).toBe('the council puts the bill at €4.5 million');
    expect(text(one(root, '.quote__note'))).toBe('What differs: Gives €4.5 million, not €4 million.');
  });

  it('links to the article scrolled to the quote, in a new tab without opener or referrer', () => {
    const link = one<HTMLAnchorElement>(mount(<OutletQuote entry={entry()} noteLang="en" />), 'a');
    expect(link.getAttribute('href')).toBe(
      'https://www.rivertimes.example/2025/bridge/#:~:text=the%20council%20puts%20the%20bill%20at%20%E2%82%AC4.5%20million',
    );
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
    expect(text(link)).toBe('Read it in River Times (opens in a new tab)');
  });

  it('uses the first and last words of a long quote, percent-encoding - , and &', () => {
    const quote = mockClaimSet.claims[4]!.stances[0]!.quote;
    const ledger = mockClaimSet.outlets[0]!;
    const link = one<HTMLAnchorElement>(mount(<OutletQuote entry={entry({ outlet: ledger, quote, position: 'confirms' })} noteLang="en" />), 'a');
    expect(link.getAttribute('href')).toBe(
      'https://dailyledger.example/news/bridge-closure#:~:text=Inspectors%20from%20the%20Smith,during%20a%20June%20survey',
    );
    const other = one<HTMLAnchorElement>(
      mount(<OutletQuote entry={entry({ quote: 'Smith & Sons found hair-line cracks, a few' })} noteLang="en" />),
      'a',
    );
    expect(other.getAttribute('href')).toMatch(/#:~:text=Smith%20%26%20Sons%20found%20hair%2Dline%20cracks%2C%20a%20few$/);
  });

  it('shows markup in a quote as the characters it is', () => {
    const root = mount(<OutletQuote entry={entry({ quote: 'Officials said the <b>bridge</b> should reopen' })} noteLang="en" />);
    expect(one(root, 'blockquote').textContent).toBe('Officials said the <b>bridge</b> should reopen');
    expect(root.querySelector('blockquote b')).toBeNull();
  });

  it('marks the outlet whose article is this page', () => {
    expect(text(one(mount(<OutletQuote entry={entry({ isThisPage: true })} noteLang="en" />), '.badge--this-page'))).toBe('this page');
    expect(mount(<OutletQuote entry={entry()} noteLang="en" />).querySelector('.badge--this-page')).toBeNull();
  });

  it('omits the note when there is none', () => {
    expect(mount(<OutletQuote entry={entry({ note: undefined })} noteLang="en" />).querySelector('.quote__note')).toBeNull();
  });
});
