import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageReport } from './messaging';
import { clearTabReport, loadTabReport, saveTabReport, setFocusedClaim, takeFocusedClaim } from './tab-reports';

const report = (url: string): PageReport => ({
  url,
  storyDetected: true,
  storyScore: 0.75,
  matches: [{ claimId: 'sanjeev-kumar-led-delegation', text: 'Led by Sanjeev Kumar.', polarity: 'affirms', differences: [], differs: false }],
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('tab reports', () => {
  it('is null for a tab without a report', async () => {
    expect(await loadTabReport(1)).toBeNull();
  });

  it('saves and loads a report per tab', async () => {
    await saveTabReport(1, report('https://a.example/'));
    await saveTabReport(2, report('https://b.example/'));
    expect(await loadTabReport(1)).toEqual(report('https://a.example/'));
    expect(await loadTabReport(2)).toEqual(report('https://b.example/'));
    expect(await loadTabReport(3)).toBeNull();
  });

  it('replaces the previous report of a tab', async () => {
    await saveTabReport(1, report('https://a.example/'));
    await saveTabReport(1, report('https://a.example/next'));
    expect((await loadTabReport(1))?.url).toBe('https://a.example/next');
  });

  it('keeps reports in session storage', async () => {
    await saveTabReport(7, report('https://a.example/'));
    expect(Object.values(await fakeBrowser.storage.session.get(null))).toEqual([report('https://a.example/')]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('clears one tab only', async () => {
    await saveTabReport(1, report('https://a.example/'));
    await saveTabReport(2, report('https://b.example/'));
    await clearTabReport(1);
    expect(await loadTabReport(1)).toBeNull();
    expect(await loadTabReport(2)).toEqual(report('https://b.example/'));
  });
});

describe('focused claim', () => {
  it('is null when none was set', async () => {
    expect(await takeFocusedClaim(1)).toBeNull();
  });

  it('is read once, then forgotten', async () => {
    await setFocusedClaim(1, 'sanjeev-kumar-led-delegation');
    expect(await takeFocusedClaim(1)).toBe('sanjeev-kumar-led-delegation');
    expect(await takeFocusedClaim(1)).toBeNull();
  });

  it('is per tab, and the latest one wins', async () => {
    await setFocusedClaim(1, 'meetings-held-october-29-30');
    await setFocusedClaim(1, 'sanjeev-kumar-led-delegation');
    await setFocusedClaim(2, 'adani-defence-attended');
    expect(await takeFocusedClaim(1)).toBe('sanjeev-kumar-led-delegation');
    expect(await takeFocusedClaim(2)).toBe('adani-defence-attended');
  });

  it('does not disturb the tab report', async () => {
    await saveTabReport(1, report('https://a.example/'));
    await setFocusedClaim(1, 'adani-defence-attended');
    await takeFocusedClaim(1);
    expect(await loadTabReport(1)).toEqual(report('https://a.example/'));
  });

  it('is forgotten by clearTabReport, for that tab only', async () => {
    await saveTabReport(1, report('https://a.example/'));
    await setFocusedClaim(1, 'adani-defence-attended');
    await setFocusedClaim(2, 'sanjeev-kumar-led-delegation');
    await clearTabReport(1);
    expect(await takeFocusedClaim(1)).toBeNull();
    expect(await takeFocusedClaim(2)).toBe('sanjeev-kumar-led-delegation');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
