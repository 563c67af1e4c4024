import { describe, expect, it, vi } from 'vitest';
import type { PageReport } from '../messaging';
import { buildPopupModel, type ClaimView } from './claim-view-model';
import { ClaimRow } from './ClaimRow';
import { all, click, mount, one, rerender, text } from './fixtures/dom';
import { mockClaimSet, mockReport, pageUrl, viewOf } from './fixtures/mock-story';

const row = (view: ClaimView, expanded = false, onJump?: (id: string) => void, onToggle = vi.fn()) => (
  <ul>
    <ClaimRow view={view} expanded={expanded} onToggle={onToggle} onJump={onJump} />
  </ul>
);

describe('ClaimRow', () => {
  it('shows the neutral claim text in a button that controls the panel', () => {
    const onToggle = vi.fn();
    const root = mount(row(viewOf('mayor-ordered-closure'), false, undefined, onToggle));
    const toggle = one<HTMLButtonElement>(root, 'button[aria-expanded]');
    expect(text(one(toggle, '.claim-row__text'))).toBe('The mayor ordered the closure.');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const panel = one(root, `#${toggle.getAttribute('aria-controls')}`);
    expect(panel.hidden).toBe(true);
    expect(panel.childElementCount).toBe(0);
    click(toggle);
    expect(onToggle).toHaveBeenCalledWith('mayor-ordered-closure');
  });

  it('marks a claim the page makes, and one it states differently, in words', () => {
    const cost = mount(row(viewOf('repair-cost-4m')));
    expect(text(one(cost, '.badge--on-page'))).toBe('On this page');
    expect(text(one(cost, '.claim-row__differs'))).toBe(
      '≠ This page gives 6,000,000 where the outlets give 4,000,000',
    );
    const closed = mount(row(viewOf('bridge-closed-monday')));
    expect(closed.querySelector('.claim-row__differs')).toBeNull();
    const mayor = mount(row(viewOf('mayor-ordered-closure')));
    expect(mayor.querySelector('.badge--on-page')).toBeNull();
  });

  it("says how each sentence differs in the locale file's words, marking one that leaves the claim open", () => {
    const report: PageReport = {
      ...mockReport,
      matches: [
        { claimId: 'cracks-found-in-june', text: 'No cracks were found, the inspectors said.', polarity: 'denies', differences: [], differs: true },
        { claimId: 'cracks-found-in-june', text: 'Were the cracks found in June?', polarity: 'uncertain', differences: [], differs: false },
        {
          claimId: 'cracks-found-in-june',
          text: 'Inspectors found the cracks on 3 and 4 July.',
          polarity: 'affirms',
          differences: [{ kind: 'date', page: { month: 7, days: [3, 4] }, claim: { month: 6, days: [] } }],
          differs: true,
        },
        { claimId: 'cracks-found-in-june', text: 'Inspectors found cracks in June.', polarity: 'affirms', differences: [], differs: false },
      ],
    };
    const view = buildPopupModel(mockClaimSet, report, pageUrl).claims.find((v) => v.claim.id === 'cracks-found-in-june')!;
    const root = mount(row(view, true));
    expect(text(one(root, '.claim-row__differs'))).toBe('≠ This page says it is not so; gives 3–4 Jul where the outlets give Jun');
    expect(all(root, '.page-says__sentence').map(text)).toEqual([
      'No cracks were found, the inspectors said.≠ This page says it is not so',
      'Were the cracks found in June?? This page leaves it open (a question or a hedge)',
      'Inspectors found the cracks on 3 and 4 July.≠ This page gives 3–4 Jul where the outlets give Jun',
      'Inspectors found cracks in June.',
    ]);
    expect(all(root, '.page-says__sentence--differs')).toHaveLength(2);
  });

  it('offers "Show on page" for claims on the page only, naming the claim', () => {
    const onJump = vi.fn();
    const root = mount(row(viewOf('cracks-found-in-june'), false, onJump));
    const jump = one<HTMLButtonElement>(root, '.claim-row__jump');
    expect(text(jump)).toBe('Show on page');
    expect(jump.getAttribute('aria-label')).toBe("Show on page: Inspectors found cracks in the bridge's supports in June.");
    click(jump);
    expect(onJump).toHaveBeenCalledWith('cracks-found-in-june');
    expect(mount(row(viewOf('mayor-ordered-closure'), false, onJump)).querySelector('.claim-row__jump')).toBeNull();
    expect(mount(row(viewOf('cracks-found-in-june'))).querySelector('.claim-row__jump')).toBeNull();
  });

  it("expanded, shows the page's sentences, every outlet's words and notes, and the silent outlets", () => {
    const root = mount(row(viewOf('repair-cost-4m')));
    rerender(root, row(viewOf('repair-cost-4m'), true));
    const toggle = one(root, 'button[aria-expanded]');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = one(root, `#${toggle.getAttribute('aria-controls')}`);
    expect(panel.hidden).toBe(false);
    expect(text(one(panel, '.page-says__label'))).toBe('This page says');
    expect(all(panel, '.page-says__sentence').map(text)).toEqual([
      'Repairs will cost €6 million.≠ This page gives 6,000,000 where the outlets give 4,000,000',
    ]);
    expect(all(panel, '.quote').map((q) => [q.dataset.outlet, q.dataset.position])).toEqual([
      ['daily-ledger', 'confirms'],
      ['river-times', 'qualifies'],
    ]);
    expect(all(panel, 'blockquote').map((q) => q.textContent)).toEqual([
      'repairs estimated at €4 million',
      'the council puts the bill at €4.5 million',
    ]);
    expect(all(panel, '.quote__note').map(text)).toEqual(['What differs: Gives €4.5 million, not €4 million.']);
    expect(all(panel, 'a').map((a) => a.getAttribute('href'))).toEqual([
      'https://dailyledger.example/news/bridge-closure#:~:text=repairs%20estimated%20at%20%E2%82%AC4%20million',
      'https://www.rivertimes.example/2025/bridge/#:~:text=the%20council%20puts%20the%20bill%20at%20%E2%82%AC4.5%20million',
    ]);
    expect(text(one(panel, '.claim-row__silent'))).toBe('○ Not mentioned by: Civic Wire');
  });

  it('shows a quote holding markup literally', () => {
    const root = mount(row(viewOf('reopen-in-spring'), true));
    expect(one(root, 'blockquote').textContent).toBe('Officials said the <b>bridge</b> should reopen in spring');
    expect(root.querySelector('b')).toBeNull();
  });

  it("lists this page's outlet first and marks it, when the page is an outlet", () => {
    const root = mount(row(viewOf('mayor-ordered-closure', 'https://www.rivertimes.example/2025/bridge/'), true));
    const quotes = all(root, '.quote');
    expect(quotes.map((q) => q.dataset.outlet)).toEqual(['river-times', 'daily-ledger']);
    expect(text(one(quotes[0]!, '.badge--this-page'))).toBe('this page');
    const silentOnPage = mount(row(viewOf('reopen-in-spring', 'https://rivertimes.example/2025/bridge'), true));
    expect(text(one(silentOnPage, '.claim-row__silent'))).toBe('○ Not mentioned by: River Times (this page), The Daily Ledger');
  });
});
