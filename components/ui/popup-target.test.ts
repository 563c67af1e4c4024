import { describe, expect, it } from 'vitest';
import { hostPermissionPattern, tabRequestFromSearch } from './popup-target';

describe('tabRequestFromSearch (the e2e hook popup.html?tab=<id>)', () => {
  it('targets the active tab without a parameter', () => {
    expect(tabRequestFromSearch('')).toEqual({ kind: 'active' });
    expect(tabRequestFromSearch('?other=1')).toEqual({ kind: 'active' });
  });

  it('targets the named tab', () => {
    expect(tabRequestFromSearch('?tab=42')).toEqual({ kind: 'tab', tabId: 42 });
    expect(tabRequestFromSearch('?x=1&tab=1837465')).toEqual({ kind: 'tab', tabId: 1837465 });
  });

  it.each(['', '0', '-3', '1.5', '1e3', ' 7', '7 ', '0x10', 'abc', '007', '99999999999999999999'])(
    'targets nothing for tab=%j',
    (value) => {
      expect(tabRequestFromSearch(`?tab=${encodeURIComponent(value)}`)).toEqual({ kind: 'invalid' });
    },
  );
});

describe('hostPermissionPattern', () => {
  it.each([
    ['https://www.example.org/news/a?b=c#d', 'https://www.example.org/*'],
    ['http://127.0.0.1:8080/page.html', 'http://127.0.0.1/*'],
  ])('%s -> %s', (url, pattern) => {
    expect(hostPermissionPattern(url)).toBe(pattern);
  });

  it.each(['', 'chrome://extensions', 'about:blank', 'file:///tmp/a.html', 'not a url'])('is null for %j', (url) => {
    expect(hostPermissionPattern(url)).toBeNull();
  });
});
