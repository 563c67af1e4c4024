import { describe, expect, it, vi } from 'vitest';
import { ClaimSearch } from './ClaimSearch';
import { mount, one, typeInto } from './fixtures/dom';

describe('ClaimSearch', () => {
  it('is a labelled search box that controls the list', () => {
    const root = mount(<ClaimSearch query="" onQueryChange={vi.fn()} controls="claim-list" />);
    const input = one<HTMLInputElement>(root, 'input');
    expect(input.type).toBe('search');
    expect(input.getAttribute('aria-label')).toBe('Search claims');
    expect(input.getAttribute('aria-controls')).toBe('claim-list');
    expect(one(root, '[role=search]')).toBeTruthy();
  });

  it('reports each change of the query', () => {
    const onQueryChange = vi.fn();
    const root = mount(<ClaimSearch query="" onQueryChange={onQueryChange} controls="claim-list" />);
    typeInto(one<HTMLInputElement>(root, 'input'), 'mayor');
    expect(onQueryChange).toHaveBeenLastCalledWith('mayor');
  });
});
