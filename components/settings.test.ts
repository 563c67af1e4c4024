import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  highlightingEnabled,
  isSiteEnabled,
  migrateDisabledSites,
  setSiteEnabled,
  shouldHighlight,
  siteBucket,
  siteBucketKeys,
  siteKey,
  SITE_BUCKETS,
  watchSiteEnabled,
} from './settings';

/** Every site key stored as switched off, in sync and local storage, sorted. */
async function storedSites(): Promise<string[]> {
  const all = { ...(await fakeBrowser.storage.sync.get(null)), ...(await fakeBrowser.storage.local.get(null)) };
  return Object.entries(all)
    .filter(([key]) => key.startsWith('disabled-sites-'))
    .flatMap(([, value]) => value as string[])
    .sort();
}
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

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
    expect(await storedSites()).toEqual(['example.com']);

    await setSiteEnabled('http://example.com/x', true);
    expect(await isSiteEnabled('https://www.example.com/story-1')).toBe(true);
    expect(await storedSites()).toEqual([]);
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

  it('stores each site once', async () => {
    for (const url of ['https://zeta.com/', 'https://alpha.com/', 'https://www.zeta.com/2', 'https://mid.com/', 'https://alpha.com/again']) {
      await setSiteEnabled(url, false);
    }
    expect(await storedSites()).toEqual(['alpha.com', 'mid.com', 'zeta.com']);
    await setSiteEnabled('https://mid.com/', true);
    await setSiteEnabled('https://mid.com/', true);
    expect(await storedSites()).toEqual(['alpha.com', 'zeta.com']);
  });

  it('ignores pages without a site key', async () => {
    await setSiteEnabled('about:blank', false);
    await setSiteEnabled('nonsense', false);
    expect(await storedSites()).toEqual([]);
  });

  it('stores a site in its bucket, a sync item of its own', async () => {
    await setSiteEnabled('https://example.com/', false);
    const { sync } = siteBucketKeys('example.com');
    expect(sync).toBe(`sync:disabled-sites-${siteBucket('example.com')}`);
    expect(await fakeBrowser.storage.sync.get(sync.slice('sync:'.length))).toEqual({ [sync.slice('sync:'.length)]: ['example.com'] });
  });
});

describe('thousands of sites', () => {
  const sites = Array.from({ length: 5000 }, (_, i) => `news-site-${i}.example`);

  it('spreads them over the buckets evenly enough that no sync item nears its 8 kB quota', () => {
    const counts = new Array<number>(SITE_BUCKETS).fill(0);
    for (const site of sites) counts[siteBucket(site)]!++;
    const bytes = Math.max(...counts) * JSON.stringify(sites[0]).length + 'disabled-sites-63'.length;
    expect(Math.min(...counts)).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(8192 / 2);
  });

  it('switches 1,000 sites off and reads each back, reading one bucket per site', async () => {
    for (const site of sites.slice(0, 1000)) await setSiteEnabled(`https://${site}/`, false);
    expect(await storedSites()).toHaveLength(1000);
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    expect(await isSiteEnabled('https://news-site-7.example/')).toBe(false);
    expect(await isSiteEnabled('https://news-site-4999.example/')).toBe(true);
    // Each check asks sync storage for one key: its bucket, never the whole list.
    for (const [keys] of get.mock.calls) expect(Array.isArray(keys) ? keys.length : 1).toBe(1);
  });

  it('keeps a site in local storage when sync storage refuses the write (over quota)', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await setSiteEnabled('https://overflow.example/', false);
    const { local } = siteBucketKeys('overflow.example');
    expect(await fakeBrowser.storage.local.get(local.slice('local:'.length))).toEqual({ [local.slice('local:'.length)]: ['overflow.example'] });
    expect(await isSiteEnabled('https://overflow.example/')).toBe(false);
    await setSiteEnabled('https://overflow.example/', true);
    expect(await isSiteEnabled('https://overflow.example/')).toBe(true);
    expect(await storedSites()).toEqual([]);
  });
});

describe('watchSiteEnabled', () => {
  /** Two sites of one bucket: a change for one must not reach the other's watcher. */
  function twoSitesOfOneBucket(): [string, string] {
    const first = 'a0.example';
    for (let i = 1; ; i++) if (siteBucket(`a${i}.example`) === siteBucket(first)) return [first, `a${i}.example`];
  }

  it('tells a page of its own site being switched off and on, and nothing of another site of its bucket', async () => {
    const [mine, neighbour] = twoSitesOfOneBucket();
    const heard: boolean[] = [];
    const stop = watchSiteEnabled(`https://${mine}/story`, (enabled) => heard.push(enabled));
    await flush();
    await setSiteEnabled(`https://${neighbour}/`, false);
    await flush();
    expect(heard).toEqual([]);
    await setSiteEnabled(`https://${mine}/`, false);
    await flush();
    await setSiteEnabled(`https://${mine}/`, true);
    await flush();
    expect(heard).toEqual([false, true]);
    stop();
    await setSiteEnabled(`https://${mine}/`, false);
    await flush();
    expect(heard).toEqual([false, true]);
  });
});

describe('migrateDisabledSites', () => {
  it('moves the single list of earlier versions into the buckets, once', async () => {
    await fakeBrowser.storage.sync.set({ 'disabled-sites': ['old.example', 'older.example'] });
    await migrateDisabledSites();
    expect(await fakeBrowser.storage.sync.get('disabled-sites')).toEqual({});
    expect(await storedSites()).toEqual(['old.example', 'older.example']);
    expect(await isSiteEnabled('https://www.old.example/x')).toBe(false);
    await migrateDisabledSites();
    expect(await storedSites()).toEqual(['old.example', 'older.example']);
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
