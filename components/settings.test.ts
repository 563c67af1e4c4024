import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { disabledSites, highlightingEnabled, isSiteEnabled, setSiteEnabled, shouldHighlight, siteKey } from './settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('siteKey', () => {
  it.each<[string, string | null]>([
    ['https://example.com/a/b?q=1#h', 'example.com'],
    ['http://example.com', 'example.com'],
    ['https://www.example.com/story', 'example.com'],
    ['https://WWW.Example.COM/Story', 'example.com'],
    ['https://news.example.co.uk/x', 'news.example.co.uk'],
    ['https://www2.example.com/', 'www2.example.com'],
    ['https://wwwexample.com/', 'wwwexample.com'],
    ['https://example.com:8443/x', 'example.com'],
    ['http://localhost:3000/', 'localhost'],
    ['http://127.0.0.1:8080/', '127.0.0.1'],
    ['https://user:pw@example.com/', 'example.com'],
    ['ftp://example.com/file', null],
    ['file:///home/me/page.html', null],
    ['chrome://extensions', null],
    ['about:blank', null],
    ['data:text/html,hi', null],
    ['javascript:alert(1)', null],
    ['chrome-extension://abc/popup.html', null],
    ['not a url', null],
    ['', null],
    ['example.com', null],
    ['//example.com/x', null],
  ])('%s -> %s', (url, expected) => {
    expect(siteKey(url)).toBe(expected);
  });
});

describe('per-site switch', () => {
  it('is on by default for web pages and off for others', async () => {
    expect(await isSiteEnabled('https://example.com/a')).toBe(true);
    expect(await isSiteEnabled('file:///tmp/x.html')).toBe(false);
    expect(await isSiteEnabled('garbage')).toBe(false);
  });

  it('turns one site off and on again, whatever the page, scheme or www.', async () => {
    await setSiteEnabled('https://www.example.com/story-1', false);
    expect(await isSiteEnabled('https://example.com/another')).toBe(false);
    expect(await isSiteEnabled('http://www.example.com/')).toBe(false);
    expect(await disabledSites.getValue()).toEqual(['example.com']);

    await setSiteEnabled('http://example.com/x', true);
    expect(await isSiteEnabled('https://www.example.com/story-1')).toBe(true);
    expect(await disabledSites.getValue()).toEqual([]);
  });

  it('leaves other sites alone', async () => {
    await setSiteEnabled('https://a.example/', false);
    expect(await isSiteEnabled('https://b.example/')).toBe(true);
    expect(await isSiteEnabled('https://sub.a.example/')).toBe(true);
    await setSiteEnabled('https://b.example/', false);
    await setSiteEnabled('https://a.example/', true);
    expect(await isSiteEnabled('https://a.example/')).toBe(true);
    expect(await isSiteEnabled('https://b.example/')).toBe(false);
  });

  it('keeps the stored list sorted and without duplicates', async () => {
    for (const url of ['https://zeta.com/', 'https://alpha.com/', 'https://www.zeta.com/2', 'https://mid.com/', 'https://alpha.com/again']) {
      await setSiteEnabled(url, false);
    }
    expect(await disabledSites.getValue()).toEqual(['alpha.com', 'mid.com', 'zeta.com']);
    await setSiteEnabled('https://mid.com/', true);
    await setSiteEnabled('https://mid.com/', true);
    expect(await disabledSites.getValue()).toEqual(['alpha.com', 'zeta.com']);
  });

  it('ignores pages without a site key', async () => {
    await setSiteEnabled('about:blank', false);
    await setSiteEnabled('nonsense', false);
    expect(await disabledSites.getValue()).toEqual([]);
  });

  it('stores the list in sync storage', async () => {
    await setSiteEnabled('https://example.com/', false);
    expect(await fakeBrowser.storage.sync.get('disabled-sites')).toEqual({ 'disabled-sites': ['example.com'] });
  });
});

describe('shouldHighlight', () => {
  it.each([
    { global: true, siteOff: false, url: 'https://example.com/a', expected: true },
    { global: true, siteOff: true, url: 'https://example.com/a', expected: false },
    { global: false, siteOff: false, url: 'https://example.com/a', expected: false },
    { global: false, siteOff: true, url: 'https://example.com/a', expected: false },
    { global: true, siteOff: false, url: 'about:blank', expected: false },
    { global: true, siteOff: true, url: 'https://other.example/', expected: true },
  ])('global=$global, example.com off=$siteOff, $url -> $expected', async ({ global, siteOff, url, expected }) => {
    await highlightingEnabled.setValue(global);
    if (siteOff) await setSiteEnabled('https://example.com/', false);
    expect(await shouldHighlight(url)).toBe(expected);
  });

  it('is on by default', async () => {
    expect(await highlightingEnabled.getValue()).toBe(true);
    expect(await shouldHighlight('https://example.com/')).toBe(true);
  });
});
