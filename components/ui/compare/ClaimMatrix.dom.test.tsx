import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { all, click, mount, one, press, text } from '../fixtures/dom';
import { ClaimMatrix, type ClaimMatrixProps } from './ClaimMatrix';
import { buildCompareModel, compareGroups, DEFAULT_VIEW } from './compare-model';
import { mockCompareSet, mockReport } from './fixtures/mock-compare';

function matrix(over: Partial<ClaimMatrixProps> & { withPage?: boolean } = {}) {
  const model = buildCompareModel(mockCompareSet, over.withPage === false ? null : mockReport);
  return mount(
    <ClaimMatrix
      groups={compareGroups(model.rows, DEFAULT_VIEW)}
      outlets={mockCompareSet.outlets}
      hasPage={model.hasPage}
      askedClaimId={null}
      {...over}
    />,
  );
}

const cell = (root: HTMLElement, claim: string, outlet: string) => one(root, `tr[data-claim-id="${claim}"] td[data-outlet="${outlet}"]`);
const fire = (el: Element, type: string, init: EventInit = { bubbles: true }) => act(() => void el.dispatchEvent(new Event(type, init)));
const focus = (el: HTMLElement) => act(() => el.focus());

describe('ClaimMatrix', () => {
  it('is a table with a caption, column headers for the claim, this page, each outlet and since publication', () => {
    const root = matrix();
    const region = one(root, '[role="region"]');
    expect(region.tabIndex).toBe(0);
    expect(region.getAttribute('aria-labelledby')).toBe(one(root, 'caption').id);
    expect(text(one(root, 'caption'))).toContain('What each outlet says of each claim');
    expect(all(root, 'thead th').map((th) => [th.getAttribute('scope'), text(th)])).toEqual([
      ['col', 'Claim'],
      ['col', 'This page'],
      ['col', 'The Daily Ledger'],
      ['col', 'River Times'],
      ['col', 'Civic Wire'],
      ['col', 'Since publication'],
    ]);
  });

  it('groups rows under topic header rows, each claim a row header', () => {
    const root = matrix();
    expect(all(root, 'tbody').map((b) => b.dataset.topic)).toEqual(['when-and-where', 'who-led', 'what-was-proposed', 'context']);
    const groupHeader = one(root, 'tbody[data-topic="what-was-proposed"] th[scope="rowgroup"]');
    expect(text(groupHeader)).toBe('What was proposed');
    expect(groupHeader.getAttribute('colspan')).toBe('6');
    expect(all(root, 'th[scope="row"]').map(text)).toHaveLength(5);
    expect(text(one(root, 'tr[data-claim-id="mayor-ordered-closure"] th[scope="row"]'))).toBe('The mayor ordered the closure.✗ Disputed');
    expect(text(one(root, 'tr[data-claim-id="reopen-in-spring"] th[scope="row"]'))).toContain('Contested since publication');
  });

  it('leaves out the "This page" column without a page', () => {
    const root = matrix({ withPage: false });
    expect(all(root, 'thead th').map(text)).not.toContain('This page');
    expect(root.querySelector('[data-page-status]')).toBeNull();
    expect(one(root, 'tbody th[scope="rowgroup"]').getAttribute('colspan')).toBe('5');
  });

  it('shows each outlet’s position by colour class, icon and word; a silent outlet has no button', () => {
    const root = matrix();
    const qualifies = cell(root, 'repair-cost-4m', 'river-times');
    expect(qualifies.className).toContain('matrix__cell--qualifies');
    expect(text(one(qualifies, '.stance'))).toBe('≈ Reports it differently');
    expect(text(one(cell(root, 'mayor-ordered-closure', 'river-times'), '.stance'))).toBe('✗ Disputes');
    expect(text(one(cell(root, 'bridge-closed-monday', 'civic-wire'), '.stance'))).toBe('✓ Confirms');
    const silent = cell(root, 'repair-cost-4m', 'civic-wire');
    expect(text(silent)).toBe('– Silent');
    expect(silent.querySelector('button, a, [tabindex]')).toBeNull();
  });

  it('names the outlet in the button and describes it with the quote and the note', () => {
    const root = matrix();
    const button = one<HTMLButtonElement>(cell(root, 'repair-cost-4m', 'river-times'), 'button');
    expect(text(button)).toBe('River Times: ≈ Reports it differently');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const described = button.getAttribute('aria-describedby')!.split(' ').map((id) => text(root.ownerDocument.getElementById(id)));
    expect(described).toEqual(['the council puts the bill at €4.5 million', 'What differs: Gives €4.5 million, not €4 million.']);
    const panel = root.ownerDocument.getElementById(button.getAttribute('aria-controls')!)!;
    expect(panel.hidden).toBe(true);
  });

  it('shows the words on keyboard focus, keeps them while focus moves to the link, and hides them on leaving', () => {
    const root = matrix();
    const target = cell(root, 'repair-cost-4m', 'river-times');
    const button = one<HTMLButtonElement>(target, 'button');
    focus(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const panel = one(target, '.cell__panel');
    expect(panel.hidden).toBe(false);
    expect(one(panel, 'blockquote').textContent).toBe('the council puts the bill at €4.5 million');
    const link = one<HTMLAnchorElement>(panel, 'a');
    expect(link.getAttribute('href')).toBe('https://www.rivertimes.example/2025/bridge/#:~:text=the%20council%20puts%20the%20bill%20at%20%E2%82%AC4.5%20million');
    expect(link.rel).toBe('noopener noreferrer');
    focus(link);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    // On to the next cell's button: only that one shows.
    const next = one<HTMLButtonElement>(cell(root, 'reopen-in-spring', 'civic-wire'), 'button');
    focus(next);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(next.getAttribute('aria-expanded')).toBe('true');
    expect(all(root, '.cell__panel:not([hidden])')).toHaveLength(1);
  });

  it('shows the words on hover and hides them when the pointer leaves', () => {
    const root = matrix();
    const wrapper = one(cell(root, 'mayor-ordered-closure', 'daily-ledger'), '.cell');
    fire(wrapper, 'mouseenter', { bubbles: false });
    expect(one(wrapper, 'button').getAttribute('aria-expanded')).toBe('true');
    fire(wrapper, 'mouseleave', { bubbles: false });
    expect(one(wrapper, 'button').getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on Escape and on a keyboard press of the button, and opens again on the next', () => {
    const root = matrix();
    const button = one<HTMLButtonElement>(cell(root, 'bridge-closed-monday', 'daily-ledger'), 'button');
    focus(button);
    press(button, 'Escape');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(root.ownerDocument.activeElement).toBe(button);
    click(button); // a keyboard press: a click with detail 0
    expect(button.getAttribute('aria-expanded')).toBe('true');
    click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('says what the page does with each claim, and how it differs', () => {
    const root = matrix();
    const status = (claim: string) => one(root, `tr[data-claim-id="${claim}"] [data-page-status]`);
    expect(status('bridge-closed-monday').dataset.pageStatus).toBe('confirms');
    expect(text(one(status('bridge-closed-monday'), '.page-status'))).toBe('✓ Confirms');
    expect(text(status('mayor-ordered-closure'))).toBe('– Not on this page');
    expect(status('mayor-ordered-closure').querySelector('button')).toBeNull();
    const differs = status('repair-cost-4m');
    expect(text(one(differs, '.page-status'))).toBe('≠ Gives another figure');
    expect(text(one(differs, '.matrix__version'))).toBe('This page gives 6,000,000 where the outlets give 4,000,000');
    const button = one<HTMLButtonElement>(differs, 'button');
    expect(text(button)).toBe('This page: ≠ Gives another figure');
    expect(text(root.ownerDocument.getElementById(button.getAttribute('aria-describedby')!))).toBe('Repairs will cost €6 million.');
  });

  it('lists what happened since publication, with date, who, kind and direction', () => {
    const root = matrix();
    const since = (claim: string) => one(root, `tr[data-claim-id="${claim}"] .matrix__since`);
    expect(text(one(since('mayor-ordered-closure'), 'li'))).toBe('✗ Jun 25, 2025 · Mayor Ana Ruiz · denial · disputes it');
    expect(one(since('mayor-ordered-closure'), 'time').getAttribute('datetime')).toBe('2025-06-25');
    expect(one(since('cracks-found-in-june'), 'li').dataset.bears).toBe('confirms');
    // The first report is the publication itself, not something since.
    expect(text(since('bridge-closed-monday'))).toBe('–Nothing since publication');
  });

  it('marks the claim asked about', () => {
    const root = matrix({ askedClaimId: 'reopen-in-spring' });
    const row = one(root, 'tr[aria-current="true"]');
    expect(row.dataset.claimId).toBe('reopen-in-spring');
    expect(text(one(row, '.badge--asked'))).toBe('The claim you opened');
    expect(one<HTMLElement>(row, 'th').tabIndex).toBe(-1);
    expect(all(root, '.badge--asked')).toHaveLength(1);
  });

  it('says so when nothing matches', () => {
    const root = matrix({ groups: [] });
    expect(text(one(root, '.matrix__empty'))).toBe('No claims match these choices.');
  });
});
