// The popup with several stories installed (components/ui/PopupView.tsx): a section per story the
// page covers, the stories to browse when it covers none, and an imported pack's text shown as text.
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ClaimSet } from '../../data/schema';
import type { PageReport } from '../messaging';
import { all, click, mount, one, text, typeInto } from './fixtures/dom';
import { mockClaimSet, mockReport, pageUrl, unrelatedReport } from './fixtures/mock-story';
import { PopupView, type PopupViewProps } from './PopupView';

beforeAll(() => {
  Element.prototype.scrollIntoView = vi.fn(); // jsdom lays nothing out.
});

/** A second made-up story, as an imported pack would be: the bridge story's shape under other ids and words. */
const ferry: ClaimSet = {
  ...mockClaimSet,
  story: { ...mockClaimSet.story, id: 'ferry-strike', title: 'Ferry crews vote to strike', summary: 'The ferry union balloted its members.' },
  claims: mockClaimSet.claims.map((c, i) => ({ ...c, id: `ferry-claim-${i + 1}`, text: `Ferry claim ${i + 1}.` })),
};
const bothReport: PageReport = {
  ...mockReport,
  stories: ['ferry-strike', 'old-bridge-closure'],
  matches: [...mockReport.matches, { claimId: 'ferry-claim-2', text: 'The ferry crews walked out.', polarity: 'affirms', differences: [], differs: false }],
};

function props(over: Partial<PopupViewProps> = {}): PopupViewProps {
  return {
    stories: [mockClaimSet, ferry],
    report: bothReport,
    pageUrl,
    site: 'news.example',
    siteEnabled: true,
    hostAccess: 'granted',
    onJump: vi.fn(),
    onToggleSite: vi.fn(),
    onGrantAccess: vi.fn(),
    ...over,
  };
}
const sections = (root: HTMLElement) => all(root, 'section.story-section');
const rowIds = (root: ParentNode) => all(root, '.claim-row').map((r) => r.dataset.claimId);

describe('the popup on a page about two stories', () => {
  it('says how many stories the page covers and how many claims, then a section per story in the report’s order', () => {
    const root = mount(<PopupView {...props()} />);
    expect(text(one(root, 'h1'))).toBe('This page covers 2 stories');
    expect(text(one(root, 'header [data-coverage]'))).toBe('4 claims found on this page');
    expect(sections(root).map((s) => s.dataset.story)).toEqual(['ferry-strike', 'old-bridge-closure']);
    expect(all(root, 'section h2').map(text)).toEqual(['Ferry crews vote to strike', 'The Old Town bridge closes for repairs']);
  });

  it('lists under each story its own claims, those on the page first, with its own coverage', () => {
    const [ferrySection, bridgeSection] = sections(mount(<PopupView {...props()} />));
    expect(rowIds(ferrySection!)).toEqual(['ferry-claim-2', 'ferry-claim-1', 'ferry-claim-3', 'ferry-claim-4', 'ferry-claim-5']);
    expect(text(one(ferrySection!, '[data-coverage]'))).toBe('1 claim found on this page');
    expect(rowIds(bridgeSection!).slice(0, 3)).toEqual(['cracks-found-in-june', 'bridge-closed-monday', 'repair-cost-4m']);
    expect(text(one(bridgeSection!, '[data-coverage]'))).toBe('3 claims found on this page');
    // Each list is named by its story's heading.
    for (const section of sections(mount(<PopupView {...props()} />))) expect(one(section, 'ul').getAttribute('aria-labelledby')).toBe(one(section, 'h2').id);
  });

  it('filters and searches across both stories', () => {
    const root = mount(<PopupView {...props()} />);
    expect(text(one(root, 'label:has(input[value="on-page"]) .filter-bar__count'))).toBe('4');
    click(one(root, 'input[value="on-page"]'));
    expect(rowIds(root)).toEqual(['ferry-claim-2', 'cracks-found-in-june', 'bridge-closed-monday', 'repair-cost-4m']);
    click(one(root, 'input[value="all"]'));
    const search = one<HTMLInputElement>(root, 'input[type=search]');
    typeInto(search, 'Ferry claim');
    expect(rowIds(root)).toEqual(expect.arrayContaining(ferry.claims.map((c) => c.id)));
    expect(rowIds(root).every((id) => id!.startsWith('ferry-'))).toBe(true);
    typeInto(search, 'cracks');
    // The ferry copy of the cracks claim keeps the bridge's quotes: one row in each story.
    expect(rowIds(root)).toEqual(['ferry-claim-5', 'cracks-found-in-june']);
  });

  it('offers each story’s comparison, named by its title', () => {
    const onOpenCompare = vi.fn();
    const root = mount(<PopupView {...props({ onOpenCompare })} />);
    const buttons = all<HTMLButtonElement>(root, '[data-open-compare]');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['Compare all sources: Ferry crews vote to strike', 'Compare all sources: The Old Town bridge closes for repairs']);
    click(buttons[0]!);
    expect(onOpenCompare).toHaveBeenCalledWith('ferry-strike');
  });

  it('with one story on the page, shows that story alone as its header', () => {
    const root = mount(<PopupView {...props({ report: { ...mockReport, stories: ['old-bridge-closure'] } })} />);
    expect(text(one(root, 'h1'))).toBe('The Old Town bridge closes for repairs');
    expect(sections(root)).toEqual([]);
    expect(root.querySelector('.story-picker')).toBeNull();
  });
});

describe('the popup on a page about no story', () => {
  it('shows the bundled story, and lets the reader pick another installed one', () => {
    const root = mount(<PopupView {...props({ report: { ...unrelatedReport, stories: [] }, pageUrl: unrelatedReport.url })} />);
    expect(text(one(root, 'h1'))).toBe('The Old Town bridge closes for repairs');
    expect(text(one(root, '[data-coverage]'))).toBe("This page doesn't cover this story");
    const select = one<HTMLSelectElement>(root, '.story-picker select');
    expect(text(one(root, '.story-picker'))).toContain('Story to browse');
    expect([...select.options].map((o) => [o.value, o.text])).toEqual([['old-bridge-closure', 'The Old Town bridge closes for repairs'], ['ferry-strike', 'Ferry crews vote to strike']]);
    act(() => {
      select.value = 'ferry-strike';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(text(one(root, 'h1'))).toBe('Ferry crews vote to strike');
    expect(rowIds(root)).toEqual(ferry.claims.map((c) => c.id));
    expect(one<HTMLSelectElement>(root, '.story-picker select').value).toBe('ferry-strike');
  });

  it('offers no picker when only the bundled story is installed, as before', () => {
    const root = mount(<PopupView {...props({ stories: [mockClaimSet], report: unrelatedReport, pageUrl: unrelatedReport.url })} />);
    expect(root.querySelector('.story-picker')).toBeNull();
    expect(rowIds(root)).toEqual(mockClaimSet.claims.map((c) => c.id));
  });

  it('ignores a story the report names that is not installed (a pack removed since)', () => {
    const root = mount(<PopupView {...props({ report: { ...unrelatedReport, storyDetected: true, stories: ['removed-story'] } })} />);
    expect(text(one(root, 'h1'))).toBe('The Old Town bridge closes for repairs');
    expect(text(one(root, '[data-coverage]'))).toBe("This page doesn't cover this story");
  });
});

describe('an imported pack’s text', () => {
  const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  const hostile: ClaimSet = {
    ...ferry,
    story: { ...ferry.story, title: `Ferry ${MARKUP}`, summary: `<b>bold</b> ${'A'.repeat(5_000)}` },
    outlets: ferry.outlets.map((o) => ({ ...o, name: `${o.name} <a href="javascript:alert(1)">x</a>` })),
    claims: ferry.claims.map((c) => ({ ...c, text: `${c.text} ${MARKUP}`, stances: c.stances.map((s) => ({ ...s, quote: `${s.quote} <iframe src="https://evil.example">` })) })),
  };

  it('is shown as text: titles, summaries, claims, outlet names and quotes never become markup', () => {
    const root = mount(<PopupView {...props({ stories: [mockClaimSet, hostile] })} />);
    for (const toggle of all(root, '[data-claim-toggle]')) click(toggle);
    expect(root.querySelectorAll('img, script, iframe, b, a[href^="javascript"]')).toHaveLength(0);
    expect(text(one(root, 'section[data-story="ferry-strike"] h2'))).toBe(`Ferry ${MARKUP}`);
    expect(text(one(root, '[data-claim-id="ferry-claim-1"] .claim-row__text'))).toBe(`Ferry claim 1. ${MARKUP}`);
    expect(text(root)).toContain('<iframe src="https://evil.example">');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
