import { describe, expect, it, vi } from 'vitest';
import { HighlightingSwitch } from './HighlightingSwitch';
import { click, mount, one, text } from './fixtures/dom';

describe('HighlightingSwitch', () => {
  it('is a named switch that says its state in words and reports the new state', () => {
    const onToggle = vi.fn();
    const root = mount(<HighlightingSwitch enabled onToggle={onToggle} />);
    const toggle = one(root, '[role=switch]');
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(text(one(root, '#global-toggle-label'))).toBe('Highlight claims on every site');
    expect(text(one(toggle, '.switch__state'))).toBe('On');
    click(toggle);
    expect(onToggle).toHaveBeenCalledWith(false);
  });

  it('shows Off and turns highlighting back on', () => {
    const onToggle = vi.fn();
    const root = mount(<HighlightingSwitch enabled={false} onToggle={onToggle} />);
    expect(text(one(root, '.switch__state'))).toBe('Off');
    click(one(root, '[role=switch]'));
    expect(onToggle).toHaveBeenCalledWith(true);
  });
});
