// The comparison page with several stories installed: links to the others (those the page covers
// first), and an imported story's text shown as text.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ClaimSet } from '../../../data/schema';
import { all, mount, one, text } from '../fixtures/dom';
import { ComparePage, type ComparePageProps } from './ComparePage';
import { mockCompareSet, mockReport } from './fixtures/mock-compare';
import type { StoryLink } from './OtherStories';

beforeAll(() => {
  Element.prototype.scrollIntoView = vi.fn();
});

const props = (over: Partial<ComparePageProps> = {}): ComparePageProps => ({
  claimSet: mockCompareSet,
  report: mockReport,
  tabRequested: true,
  onDownloadClaims: vi.fn(() => ({ kind: 'empty' as const })),
  ...over,
});
const link = (id: string, title: string, onPage: boolean): StoryLink => ({ id, title, lang: 'en', href: `?tab=3&story=${id}`, onPage });

describe('ComparePage with other stories installed', () => {
  it('links to each other story for the same tab, those the page covers first and marked', () => {
    const root = mount(<ComparePage {...props({ otherStories: [link('harbour-dredging', 'Harbour dredging', false), link('ferry-strike', 'Ferry crews vote to strike', true)] })} />);
    const nav = one(root, 'nav.other-stories');
    expect(text(one(nav, 'h2'))).toBe('Other stories');
    expect(all(nav, 'li').map(text)).toEqual(['Ferry crews vote to strike · on this page', 'Harbour dredging']);
    expect(all<HTMLAnchorElement>(nav, 'a').map((a) => a.getAttribute('href'))).toEqual(['?tab=3&story=ferry-strike', '?tab=3&story=harbour-dredging']);
    expect(nav.getAttribute('aria-labelledby')).toBe(one(nav, 'h2').id);
  });

  it('shows no links when the story is the only one', () => {
    expect(mount(<ComparePage {...props({ otherStories: [] })} />).querySelector('nav.other-stories')).toBeNull();
  });

  it('shows an imported story’s title, summary, claims, outlets and quotes as text', () => {
    const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const hostile: ClaimSet = {
      ...mockCompareSet,
      story: { ...mockCompareSet.story, title: `Bridge ${MARKUP}`, summary: `<b>${'A'.repeat(3_000)}</b>` },
      outlets: mockCompareSet.outlets.map((o) => ({ ...o, name: `${o.name}<svg onload="window.__pwned=1">` })),
      claims: mockCompareSet.claims.map((c) => ({ ...c, text: `${c.text} ${MARKUP}`, stances: c.stances.map((s) => ({ ...s, quote: `${s.quote}<iframe>` })) })),
    };
    const root = mount(<ComparePage {...props({ claimSet: hostile, otherStories: [link('x', MARKUP, true)] })} />);
    expect(root.querySelectorAll('img, script, iframe, svg:not([aria-hidden]), b')).toHaveLength(0);
    expect(text(one(root, 'h1'))).toBe(`Bridge ${MARKUP}`);
    expect(text(one(root, '.other-stories a'))).toBe(MARKUP);
    expect(text(root)).toContain(`${mockCompareSet.claims[0]!.text} ${MARKUP}`);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
