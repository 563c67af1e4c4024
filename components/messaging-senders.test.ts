// Who may send what (components/messaging.ts): a message from this extension, a report from the
// document and tab it speaks of, a claim id and a style request of the expected shape.
import { describe, expect, it } from 'vitest';
import { validReport } from './fixtures/page-reports';
import { isClaimId, isFromThisExtension, isStyleRequest, reportMatchesSender } from './messaging';

describe('isClaimId', () => {
  it.each<[unknown, boolean]>([
    ['sanjeev-kumar-led-delegation', true],
    ['a', true],
    ['mig-29', true],
    ['x'.repeat(200), true],
    ['x'.repeat(201), false],
    ['', false],
    ['A', false],
    ['Adani-ceo', false],
    ['../x', false],
    ['a/b', false],
    ['-a', false],
    ['a-', false],
    ['a--b', false],
    ['a b', false],
    ['a_b', false],
    ['a\n', false],
    [42, false],
    [null, false],
    [undefined, false],
    [{ toString: () => 'abc' }, false],
    [['abc'], false],
  ])('%j -> %s', (value, expected) => {
    expect(isClaimId(value)).toBe(expected);
  });
});

describe('isFromThisExtension', () => {
  const ID = 'abcdefghijklmnopabcdefghijklmnop';
  it.each<[string, Parameters<typeof isFromThisExtension>[0], boolean]>([
    ['the same id', { id: ID }, true],
    ['the same id with a tab', { id: ID, tab: { id: 3 } }, true],
    ['another id', { id: 'other-extension' }, false],
    ['a sender without id', { tab: { id: 3 } }, false],
    ['no sender', undefined, false],
    ['an empty id', { id: '' }, false],
  ])('%s -> %s', (_name, sender, expected) => {
    expect(isFromThisExtension(sender, ID)).toBe(expected);
  });

  it('compares ids exactly (case-sensitive)', () => {
    expect(isFromThisExtension({ id: ID.toUpperCase() }, ID)).toBe(false);
  });
});

describe('reportMatchesSender', () => {
  // [report's address, the sending document's first address, the tab's address now, accepted?]
  it.each<[string, string | undefined, string | undefined, boolean]>([
    ['https://example.com/a', 'https://example.com/a', 'https://example.com/a', true],
    ['https://example.com/a#section', 'https://example.com/a', 'https://example.com/a', true],
    ['https://example.com/a', 'https://example.com/a', 'https://example.com/a#top', true],
    // Single-page navigation: the document was loaded at /a, the tab now shows /b.
    ['https://example.com/b', 'https://example.com/a', 'https://example.com/b', true],
    // Sent after the tab moved on: a newer report follows.
    ['https://example.com/a', 'https://example.com/a', 'https://example.com/b', false],
    ['https://example.com/a?page=2', 'https://example.com/a', 'https://example.com/a', false],
    // Another site than the document's.
    ['https://evil.example/a', 'https://example.com/a', 'https://evil.example/a', false],
    ['https://example.com/a', 'https://example.com/a', undefined, true],
    ['https://example.com/a', undefined, 'https://example.com/a', false],
  ])('report %s from a document at %s in a tab at %s: %s', (url, senderUrl, tabUrl, expected) => {
    expect(reportMatchesSender({ ...validReport(), url }, { id: 'x', url: senderUrl, tab: { id: 1, url: tabUrl } })).toBe(expected);
  });
});

describe('isStyleRequest', () => {
  const names = { confirmed: 'h0123456789abcdefghij', disputed: 'hklmnopqrstuvwxyz0123', flash: 'h456789abcdefghijklmn' };
  it('takes three distinct names of the generated shape and a frames flag, nothing else', () => {
    expect(isStyleRequest({ names, frames: false })).toBe(true);
    expect(isStyleRequest({ names, frames: 'yes' })).toBe(false);
    expect(isStyleRequest({ names, frames: true, extra: 1 })).toBe(false);
    expect(isStyleRequest({ names: { ...names, flash: names.confirmed }, frames: true })).toBe(false);
    // Anything that could break out of a ::highlight() rule is refused.
    for (const bad of ['h0123456789abcdef) { } body { display: none', 'claim-crosscheck-confirmed', 'H0123456789ABCDEFGHIJ', 'h1'])
      expect(isStyleRequest({ names: { ...names, confirmed: bad }, frames: false })).toBe(false);
  });
});
