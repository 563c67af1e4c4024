import { describe, expect, it, vi } from 'vitest';
import { ClaimFilterBar } from './ClaimFilterBar';
import { all, click, mount, one, text } from './fixtures/dom';

const counts = { all: 5, 'on-page': 3, disputed: 2 };

describe('ClaimFilterBar', () => {
  it('offers all / on this page / disputed as labelled radio buttons with counts', () => {
    const root = mount(<ClaimFilterBar filter="all" counts={counts} onFilterChange={vi.fn()} />);
    expect(text(one(root, 'legend'))).toBe('Show');
    expect(all(root, 'label').map(text)).toEqual(['All 5', 'On this page 3', 'Disputed 2']);
    expect(all<HTMLInputElement>(root, 'input[type=radio]').map((r) => r.checked)).toEqual([true, false, false]);
  });

  it('reports the chosen filter', () => {
    const onFilterChange = vi.fn();
    const root = mount(<ClaimFilterBar filter="all" counts={counts} onFilterChange={onFilterChange} />);
    click(one(root, 'input[value=disputed]'));
    expect(onFilterChange).toHaveBeenCalledWith('disputed');
  });

  it('explains "Disputed" while it is chosen', () => {
    expect(mount(<ClaimFilterBar filter="all" counts={counts} onFilterChange={vi.fn()} />).querySelector('.filter-bar__hint')).toBeNull();
    const root = mount(<ClaimFilterBar filter="disputed" counts={counts} onFilterChange={vi.fn()} />);
    expect(text(one(root, '.filter-bar__hint'))).toBe(
      'Claims an outlet disputes or qualifies, or that this page states differently.',
    );
  });
});
