import { describe, expect, it, vi } from 'vitest';
import { buildPopupModel } from './claim-view-model';
import { ClaimList } from './ClaimList';
import { all, mount, one, press, text } from './fixtures/dom';
import { mockClaimSet, mockReport, pageUrl } from './fixtures/mock-story';

const { claims } = buildPopupModel(mockClaimSet, mockReport, pageUrl);

const list = (onToggle = vi.fn()) => (
  <>
    <h2 id="heading">Claims</h2>
    <ClaimList claims={claims} expanded={new Set(['mayor-ordered-closure'])} onToggle={onToggle} labelledBy="heading" emptyMessage="None." />
  </>
);

describe('ClaimList', () => {
  it('is a list named by its heading, one item per claim, in the order given', () => {
    const root = mount(list());
    const ul = one(root, 'ul.claim-list');
    expect(ul.getAttribute('aria-labelledby')).toBe('heading');
    expect(all(ul, ':scope > li').map((li) => li.dataset.claimId)).toEqual(claims.map((c) => c.claim.id));
  });

  it('expands the rows it is told to', () => {
    const root = mount(list());
    expect(all(root, '[data-claim-toggle]').map((b) => b.getAttribute('aria-expanded'))).toEqual([
      'false',
      'false',
      'false',
      'true',
      'false',
    ]);
  });

  it('gives every toggle a unique id and a panel it controls', () => {
    const root = mount(list());
    const toggles = all(root, '[data-claim-toggle]');
    expect(new Set(toggles.map((t) => t.id)).size).toBe(toggles.length);
    for (const toggle of toggles) expect(document.getElementById(toggle.getAttribute('aria-controls')!)).not.toBeNull();
  });

  it('moves focus between the rows with Up, Down, Home and End', () => {
    const root = mount(list());
    const toggles = all(root, '[data-claim-toggle]');
    toggles[0]!.focus();
    press(toggles[0]!, 'ArrowDown');
    expect(document.activeElement).toBe(toggles[1]);
    press(toggles[1]!, 'ArrowDown');
    expect(document.activeElement).toBe(toggles[2]);
    press(toggles[2]!, 'ArrowUp');
    expect(document.activeElement).toBe(toggles[1]);
    press(toggles[1]!, 'End');
    expect(document.activeElement).toBe(toggles[4]);
    press(toggles[4]!, 'ArrowDown');
    expect(document.activeElement).toBe(toggles[4]);
    press(toggles[4]!, 'Home');
    expect(document.activeElement).toBe(toggles[0]);
    press(toggles[0]!, 'ArrowUp');
    expect(document.activeElement).toBe(toggles[0]);
  });

  it('leaves arrows alone on other controls in a row', () => {
    const root = mount(list());
    const link = one(root, '.quote__link');
    link.focus();
    press(link, 'ArrowDown');
    expect(document.activeElement).toBe(link);
  });

  it('says so when no claim is left', () => {
    const root = mount(<ClaimList claims={[]} expanded={new Set()} onToggle={vi.fn()} labelledBy="h" emptyMessage="No claims match." />);
    expect(root.querySelector('ul')).toBeNull();
    expect(text(root)).toBe('No claims match.');
  });
});
