import { describe, expect, it, vi } from 'vitest';
import { click, mount, one, text } from './fixtures/dom';
import { SiteControls } from './SiteControls';

describe('SiteControls', () => {
  it('is a switch named for the site that says its state in words', () => {
    const root = mount(<SiteControls site="news.example" enabled onToggleSite={vi.fn()} />);
    const toggle = one(root, '[role=switch]');
    expect(toggle.tagName).toBe('BUTTON');
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(text(document.getElementById(toggle.getAttribute('aria-labelledby')!))).toBe('Highlight claims on news.example');
    expect(text(one(toggle, '.switch__state'))).toBe('On');
    const off = mount(<SiteControls site="news.example" enabled={false} onToggleSite={vi.fn()} />);
    expect(one(off, '[role=switch]').getAttribute('aria-checked')).toBe('false');
    expect(text(one(off, '.switch__state'))).toBe('Off');
  });

  it('asks for the other state when pressed', () => {
    const onToggleSite = vi.fn();
    click(one(mount(<SiteControls site="news.example" enabled onToggleSite={onToggleSite} />), '[role=switch]'));
    expect(onToggleSite).toHaveBeenCalledWith(false);
    click(one(mount(<SiteControls site="news.example" enabled={false} onToggleSite={onToggleSite} />), '[role=switch]'));
    expect(onToggleSite).toHaveBeenLastCalledWith(true);
  });

  it('has no switch on pages that are not web pages', () => {
    const root = mount(<SiteControls site={null} enabled={false} onToggleSite={vi.fn()} />);
    expect(root.querySelector('[role=switch]')).toBeNull();
    expect(text(root)).toBe('Highlighting works on web pages only.');
  });
});
