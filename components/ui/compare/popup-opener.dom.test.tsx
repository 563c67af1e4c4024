// The popup's way here: its "Compare all sources" button (components/ui/PopupView.tsx).
import { describe, expect, it, vi } from 'vitest';
import { click, mount, one, text } from '../fixtures/dom';
import { mockClaimSet, mockReport, pageUrl } from '../fixtures/mock-story';
import { PopupView, type PopupViewProps } from '../PopupView';

const props = (over: Partial<PopupViewProps> = {}): PopupViewProps => ({
  stories: [mockClaimSet],
  report: mockReport,
  pageUrl,
  site: 'news.example',
  siteEnabled: true,
  hostAccess: 'granted',
  onJump: vi.fn(),
  onToggleSite: vi.fn(),
  onGrantAccess: vi.fn(),
  ...over,
});

describe('the popup’s "Compare all sources"', () => {
  it('opens the comparison through its callback', () => {
    const onOpenCompare = vi.fn();
    const root = mount(<PopupView {...props({ onOpenCompare })} />);
    const button = one<HTMLButtonElement>(root, '[data-open-compare]');
    expect(text(button)).toBe('Compare all sources');
    click(button);
    expect(onOpenCompare).toHaveBeenCalledTimes(1);
    expect(onOpenCompare).toHaveBeenCalledWith(mockClaimSet.story.id);
  });

  it('is not offered without a callback', () => {
    expect(mount(<PopupView {...props()} />).querySelector('[data-open-compare]')).toBeNull();
  });
});
