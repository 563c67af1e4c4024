import { describe, expect, it, vi } from 'vitest';
import { all, click, mount, one, text } from '../fixtures/dom';
import { StoryPackList, type StoryRow } from './StoryPackList';

const bundled: StoryRow = { id: 'bridge-closure', title: 'The bridge closure', languages: ['en', 'fr', 'ru'], claims: 12 };
const added: StoryRow = {
  id: 'flood-relief',
  title: '<img src=x onerror=alert(1)> Flood relief',
  languages: ['en'],
  claims: 1,
  imported: { fileName: 'flood.json', importedAt: '2026-11-20T10:00:00.000Z' },
};

describe('StoryPackList', () => {
  it("names every language a story is read in and counts its claims with the right plural", () => {
    const root = mount(<StoryPackList heading="Stories" stories={[bundled, added]} empty="None" uiLanguage="en" />);
    const metas = all(root, '.packs__meta').map(text);
    expect(metas[0]).toContain('English, French, and Russian');
    expect(metas[0]).toContain('12 claims');
    expect(metas[1]).toContain('1 claim');
    expect(metas[1]).toContain('flood.json');
  });

  it('shows an imported title as text and offers removal only for added stories', () => {
    const onRemove = vi.fn();
    const root = mount(<StoryPackList heading="Stories" stories={[bundled, added]} empty="None" uiLanguage="en" onRemove={onRemove} />);
    expect(root.querySelector('img')).toBeNull();
    expect(text(root)).toContain('<img src=x onerror=alert(1)> Flood relief');
    const buttons = all(root, 'button');
    expect(buttons).toHaveLength(1);
    click(buttons[0]!);
    expect(onRemove).toHaveBeenCalledWith('flood-relief');
  });

  it('says so when there is no story', () => {
    const root = mount(<StoryPackList heading="Stories you added" stories={[]} empty="You have not added any story." uiLanguage="en" />);
    expect(text(one(root, 'p'))).toBe('You have not added any story.');
  });
});
