import { describe, expect, it } from 'vitest';
import { mount, one, text } from './fixtures/dom';
import { StoryHeader } from './StoryHeader';

const base = { title: 'The Old Town bridge closes', summary: 'A short summary.', lang: 'en', foundCount: 0 } as const;

describe('StoryHeader', () => {
  it("shows the story's title as the page heading", () => {
    const root = mount(<StoryHeader {...base} coverage="found" foundCount={3} />);
    expect(text(one(root, 'h1'))).toBe('The Old Town bridge closes');
    expect(text(one(root, 'details'))).toContain('A short summary.');
  });

  it('says how many claims the page makes', () => {
    expect(text(one(mount(<StoryHeader {...base} coverage="found" foundCount={3} />), '[data-coverage]'))).toBe(
      '3 claims found on this page',
    );
    expect(text(one(mount(<StoryHeader {...base} coverage="found" foundCount={1} />), '[data-coverage]'))).toBe(
      '1 claim found on this page',
    );
  });

  it("says when the page doesn't cover the story, and that every claim can still be browsed", () => {
    const root = mount(<StoryHeader {...base} coverage="not-covered" />);
    expect(text(one(root, '[data-coverage]'))).toBe("This page doesn't cover this story");
    expect(text(root)).toContain('You can still browse every claim below.');
  });

  it('tells apart a page that could not be checked, and one still being checked', () => {
    const unchecked = mount(<StoryHeader {...base} coverage="not-checked" />);
    expect(text(one(unchecked, '[data-coverage]'))).toBe("This page wasn't checked");
    expect(text(unchecked)).toContain('read after a reload');
    const loading = mount(<StoryHeader {...base} coverage="not-checked" loading />);
    expect(text(one(loading, '[data-coverage]'))).toBe('Checking this page…');
    expect(text(loading)).not.toContain('browse every claim');
  });

  it('says when the page is one of the outlets', () => {
    const root = mount(<StoryHeader {...base} coverage="found" foundCount={2} pageOutletName="River Times" />);
    expect(text(one(root, '.story-header__outlet'))).toBe(
      'You are reading River Times, one of the compared outlets. The comparison shows what the other outlets say.',
    );
  });
});
