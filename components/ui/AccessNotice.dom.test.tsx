import { describe, expect, it, vi } from 'vitest';
import { AccessNotice } from './AccessNotice';
import { click, mount, one, text } from './fixtures/dom';

describe('AccessNotice', () => {
  it('explains why the site is not read and offers to allow access', () => {
    const onGrantAccess = vi.fn();
    const root = mount(<AccessNotice onGrantAccess={onGrantAccess} />);
    expect(text(one(root, '.access-notice__text'))).toMatch(/^⚠ This extension can't read this site until you allow it\./);
    const button = one<HTMLButtonElement>(root, 'button');
    expect(text(button)).toBe('Allow on all sites');
    click(button);
    expect(onGrantAccess).toHaveBeenCalledTimes(1);
  });
});
