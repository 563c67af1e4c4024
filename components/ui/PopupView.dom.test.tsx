import { describe, expect, it, vi } from 'vitest';
import type { PageReport } from '../messaging';
import { all, click, mount, one, rerender, text, typeInto } from './fixtures/dom';
import { mockClaimSet, mockReport, pageUrl, unrelatedReport } from './fixtures/mock-story';
import { PopupView, type PopupViewProps } from './PopupView';

function props(over: Partial<PopupViewProps> = {}): PopupViewProps {
  return {
    stories: [mockClaimSet],
    report: mockReport,
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

const rowIds = (root: HTMLElement) => all(root, '.claim-row').map((r) => r.dataset.claimId);
const liveRegion = (root: HTMLElement) => one(root, '[aria-live=polite]');
const row = (root: HTMLElement, id: string) => one(root, `[data-claim-id="${id}"]`);

describe('PopupView', () => {
  it('names the story and counts the claims found on the page', () => {
    const root = mount(<PopupView {...props()} />);
    expect(text(one(root, 'h1'))).toBe('The Old Town bridge closes for repairs');
    expect(text(one(root, '[data-coverage]'))).toBe('3 claims found on this page');
    expect(text(root)).toContain('Claim Cross-Check');
  });

  it('lists the claims found on the page first', () => {
    const root = mount(<PopupView {...props()} />);
    expect(rowIds(root)).toEqual([
      'cracks-found-in-june',
      'bridge-closed-monday',
      'repair-cost-4m',
      'mayor-ordered-closure',
      'reopen-in-spring',
    ]);
    expect(all(root, '.claim-row--on-page')).toHaveLength(3);
  });

  it("lets the reader browse every claim when the page doesn't cover the story", () => {
    const root = mount(<PopupView {...props({ report: unrelatedReport, pageUrl: unrelatedReport.url })} />);
    expect(text(one(root, '[data-coverage]'))).toBe("This page doesn't cover this story");
    expect(rowIds(root)).toEqual(mockClaimSet.claims.map((c) => c.id));
    expect(root.querySelector('.claim-row__jump')).toBeNull();
  });

  it('says when the page was not checked, and offers no "Show on page"', () => {
    const root = mount(<PopupView {...props({ report: null })} />);
    expect(text(one(root, '[data-coverage]'))).toBe("This page wasn't checked");
    expect(all(root, '.claim-row')).toHaveLength(5);
    expect(root.querySelector('.claim-row__jump')).toBeNull();
  });

  it('shows "Checking this page…" while loading, without the site switch', () => {
    const root = mount(<PopupView {...props({ report: null, loading: true })} />);
    expect(text(one(root, '[data-coverage]'))).toBe('Checking this page…');
    expect(root.querySelector('[role=switch]')).toBeNull();
  });

  it('announces what the page holds once it has answered', () => {
    const root = mount(<PopupView {...props({ report: null, loading: true })} />);
    expect(text(liveRegion(root))).toBe('');
    rerender(root, <PopupView {...props({ loading: false })} />);
    expect(text(liveRegion(root))).toBe('3 claims found on this page');
  });

  it('marks the claim the page states differently', () => {
    const root = mount(<PopupView {...props()} />);
    expect(all(root, '.claim-row__differs').map((m) => m.closest<HTMLElement>('.claim-row')!.dataset.claimId)).toEqual([
      'repair-cost-4m',
    ]);
    expect(text(one(row(root, 'repair-cost-4m'), '.claim-row__differs'))).toBe('≠ This page gives 6,000,000 where the outlets give 4,000,000');
  });

  it('expands and collapses a row, showing quotes, notes and text-fragment links', () => {
    const root = mount(<PopupView {...props()} />);
    const toggle = one<HTMLButtonElement>(row(root, 'mayor-ordered-closure'), '[data-claim-toggle]');
    const panel = one(root, `#${toggle.getAttribute('aria-controls')}`);
    expect(panel.hidden).toBe(true);
    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(all(panel, 'blockquote').map((q) => q.textContent)).toEqual([
      'Mayor Ana Ruiz ordered the closure',
      'it was the regional engineer, not the mayor, who ordered the closure',
    ]);
    expect(text(one(panel, '.quote__note'))).toBe('What differs: Says the regional engineer ordered it.');
    expect(one(panel, '[data-outlet=river-times] a').getAttribute('href')).toBe(
      'https://www.rivertimes.example/2025/bridge/#:~:text=it%20was%20the%20regional,who%20ordered%20the%20closure',
    );
    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
  });

  it('filters to the claims on this page, and to the disputed ones, announcing the count', () => {
    const root = mount(<PopupView {...props()} />);
    expect(text(liveRegion(root))).toBe('');
    expect(all(root, '.filter-bar label').map(text)).toEqual(['All 5', 'On this page 3', 'Disputed 2']);
    click(one(root, 'input[value=on-page]'));
    expect(rowIds(root)).toEqual(['cracks-found-in-june', 'bridge-closed-monday', 'repair-cost-4m']);
    expect(text(liveRegion(root))).toBe('Showing 3 of 5 claims');
    click(one(root, 'input[value=disputed]'));
    expect(rowIds(root)).toEqual(['repair-cost-4m', 'mayor-ordered-closure']);
    expect(text(liveRegion(root))).toBe('Showing 2 of 5 claims');
    click(one(root, 'input[value=all]'));
    expect(rowIds(root)).toHaveLength(5);
  });

  it('says so when "On this page" is chosen on a page that makes no claim', () => {
    const root = mount(<PopupView {...props({ report: unrelatedReport })} />);
    click(one(root, 'input[value=on-page]'));
    expect(root.querySelector('.claim-row')).toBeNull();
    expect(text(one(root, '.claim-list__empty'))).toBe("None of the story's claims were found on this page.");
  });

  it('narrows the list by search, within the filter, announcing the count', () => {
    const root = mount(<PopupView {...props()} />);
    const search = one<HTMLInputElement>(root, 'input[type=search]');
    typeInto(search, 'engineer');
    expect(rowIds(root)).toEqual(['mayor-ordered-closure']);
    expect(text(liveRegion(root))).toBe('Showing 1 of 5 claims');
    typeInto(search, 'bridge');
    expect(rowIds(root)).toEqual(expect.arrayContaining(['bridge-closed-monday', 'reopen-in-spring']));
    click(one(root, 'input[value=on-page]'));
    expect(rowIds(root)).not.toContain('reopen-in-spring');
    typeInto(search, 'zebra quantum');
    expect(text(one(root, '.claim-list__empty'))).toBe('No claims match.');
    expect(text(liveRegion(root))).toBe('Showing 0 of 5 claims');
    typeInto(search, '');
    expect(rowIds(root)).toHaveLength(3);
  });

  it('keeps a row expanded while the list is filtered around it', () => {
    const root = mount(<PopupView {...props()} />);
    click(one(row(root, 'repair-cost-4m'), '[data-claim-toggle]'));
    click(one(root, 'input[value=disputed]'));
    expect(one(row(root, 'repair-cost-4m'), '[data-claim-toggle]').getAttribute('aria-expanded')).toBe('true');
  });

  it('marks "this page" when the page is one of the outlets, and compares the others', () => {
    const root = mount(<PopupView {...props({ pageUrl: 'https://rivertimes.example/2025/bridge?ref=x' })} />);
    expect(text(one(root, '.story-header__outlet'))).toContain('You are reading River Times');
    const mayor = row(root, 'mayor-ordered-closure');
    expect(text(one(mayor, '.stances__this-page'))).toBe('This page (River Times) ✗Disputes');
    expect(all(mayor, '.chip').map(text)).toEqual(['The Daily Ledger', 'Civic Wire']);
    click(one(mayor, '[data-claim-toggle]'));
    expect(text(one(mayor, '[data-outlet=river-times] .badge--this-page'))).toBe('this page');
  });

  it('sends "Show on page" up with the claim id', () => {
    const onJump = vi.fn();
    const root = mount(<PopupView {...props({ onJump })} />);
    expect(all(root, '.claim-row__jump')).toHaveLength(3);
    click(one(row(root, 'bridge-closed-monday'), '.claim-row__jump'));
    expect(onJump).toHaveBeenCalledWith('bridge-closed-monday');
  });

  it('toggles highlighting for the site and announces the new state', () => {
    const onToggleSite = vi.fn();
    const root = mount(<PopupView {...props({ onToggleSite })} />);
    const toggle = one(root, '[role=switch]');
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    click(toggle);
    expect(onToggleSite).toHaveBeenCalledWith(false);
    expect(text(liveRegion(root))).toBe('Highlighting is off for news.example');
    rerender(root, <PopupView {...props({ onToggleSite, siteEnabled: false })} />);
    expect(one(root, '[role=switch]').getAttribute('aria-checked')).toBe('false');
    click(one(root, '[role=switch]'));
    expect(onToggleSite).toHaveBeenLastCalledWith(true);
    expect(text(liveRegion(root))).toBe('Highlighting is on for news.example');
  });

  it('does not announce the site setting arriving from storage', () => {
    const root = mount(<PopupView {...props({ report: null, loading: true })} />);
    rerender(root, <PopupView {...props({ siteEnabled: false })} />);
    expect(text(liveRegion(root))).toBe('3 claims found on this page');
  });

  it('explains withheld access and asks for it on request; announces when it is granted', () => {
    const onGrantAccess = vi.fn();
    const root = mount(<PopupView {...props({ report: null, hostAccess: 'withheld', onGrantAccess })} />);
    expect(text(one(root, '.access-notice'))).toContain("This extension can't read this site until you allow it");
    click(one(root, '.access-notice button'));
    expect(onGrantAccess).toHaveBeenCalledTimes(1);
    rerender(root, <PopupView {...props({ report: null, hostAccess: 'granted', onGrantAccess })} />);
    expect(root.querySelector('.access-notice')).toBeNull();
    expect(text(liveRegion(root))).toBe('Access allowed. Reload the page to check it.');
  });

  it('shows no access notice when access is granted', () => {
    expect(mount(<PopupView {...props()} />).querySelector('.access-notice')).toBeNull();
  });

  it('has the landmarks and names assistive technology needs', () => {
    const root = mount(<PopupView {...props()} />);
    expect(one(root, 'main')).toBeTruthy();
    const live = liveRegion(root);
    expect(live.getAttribute('role')).toBe('status');
    expect(live.getAttribute('aria-atomic')).toBe('true');
    const list = one(root, 'ul.claim-list');
    expect(text(document.getElementById(list.getAttribute('aria-labelledby')!))).toBe('Claims');
    expect(one(root, 'input[type=search]').getAttribute('aria-controls')).toBe(list.parentElement!.id);
    for (const button of all(root, 'button')) expect(text(button) || button.getAttribute('aria-label')).toBeTruthy();
  });

  it('shows markup in data as text, never as elements', () => {
    const hostile: PageReport = {
      ...mockReport,
      matches: [
        {
          claimId: 'reopen-in-spring',
          text: '<img src=x onerror=alert(1)>',
          polarity: 'affirms',
          differences: [{ kind: 'measure', page: '<i>x</i>' }],
          differs: true,
        },
      ],
    };
    const root = mount(<PopupView {...props({ report: hostile })} />);
    click(one(row(root, 'reopen-in-spring'), '[data-claim-toggle]'));
    expect(root.querySelector('img, i, b')).toBeNull();
    expect(text(row(root, 'reopen-in-spring'))).toContain('<img src=x onerror=alert(1)>');
    expect(text(one(row(root, 'reopen-in-spring'), '.claim-row__differs'))).toBe('≠ This page gives it as a share of <i>x</i>, another measure');
    expect(text(row(root, 'reopen-in-spring'))).toContain('Officials said the <b>bridge</b> should reopen in spring');
  });
});
