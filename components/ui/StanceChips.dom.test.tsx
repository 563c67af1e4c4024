import { describe, expect, it } from 'vitest';
import { all, mount, one, text } from './fixtures/dom';
import { viewOf } from './fixtures/mock-story';
import { StanceChips } from './StanceChips';

const groups = (root: HTMLElement) =>
  all(root, '.stance-group').map((g) => ({
    position: g.dataset.position,
    icon: text(one(g, '.stance__icon')),
    label: text(one(g, '.stance__text')),
    outlets: all(g, '.chip').map(text),
  }));

describe('StanceChips', () => {
  it('groups outlets under an icon and a word per position, silent outlets included', () => {
    const root = mount(<StanceChips view={viewOf('mayor-ordered-closure')} />);
    expect(groups(root)).toEqual([
      { position: 'confirms', icon: '✓', label: 'Confirms', outlets: ['The Daily Ledger'] },
      { position: 'disputes', icon: '✗', label: 'Disputes', outlets: ['River Times'] },
      { position: 'silent', icon: '○', label: 'Silent', outlets: ['Civic Wire'] },
    ]);
  });

  it('shows qualifying outlets', () => {
    const root = mount(<StanceChips view={viewOf('repair-cost-4m')} />);
    expect(groups(root).map((g) => [g.label, g.outlets])).toEqual([
      ['Confirms', ['The Daily Ledger']],
      ['Qualifies', ['River Times']],
      ['Silent', ['Civic Wire']],
    ]);
  });

  it('hides icons from screen readers, which read the words', () => {
    const root = mount(<StanceChips view={viewOf('mayor-ordered-closure')} />);
    for (const icon of all(root, '.stance__icon')) expect(icon.getAttribute('aria-hidden')).toBe('true');
    expect(one(root, '.stances').getAttribute('role')).toBe('group');
    expect(one(root, '.stances').getAttribute('aria-label')).toBe('What the outlets say');
  });

  it("puts the page's own outlet first, as \"this page\", and compares the others", () => {
    const root = mount(<StanceChips view={viewOf('mayor-ordered-closure', 'https://rivertimes.example/2025/bridge')} />);
    expect(text(one(root, '.stances__this-page'))).toBe('This page (River Times) ✗Disputes');
    expect(text(root)).toContain('Other outlets');
    expect(groups(root).flatMap((g) => g.outlets)).toEqual(['The Daily Ledger', 'Civic Wire']);
  });
});
