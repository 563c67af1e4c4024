// User settings, declared once (WXT storage): highlighting on or off everywhere, and the sites
// where it is off. The sites are spread over SITE_BUCKETS sync items by a hash of the site
// (site-bucket.ts), so the list scales to thousands of sites under sync storage's 8 kB per item,
// a page reads and watches only its own site's bucket, and switching one site off reaches only
// the tabs of that site.
import { storage } from 'wxt/utils/storage';
import { siteBucket, siteBucketItem } from './site-bucket';
import { parseWebUrl, siteHost } from './web-url';

export { SITE_BUCKETS, siteBucket } from './site-bucket';

export const highlightingEnabled = storage.defineItem<boolean>('sync:highlighting-enabled', {
  fallback: true,
  version: 1,
});


/** The list as it was stored before the buckets (one sync item); moved by migrateDisabledSites. */
const legacyDisabledSites = storage.defineItem<string[]>('sync:disabled-sites', { fallback: [] });

type SiteList = ReturnType<typeof siteList>;
const siteList = (area: 'sync' | 'local', bucket: number) => storage.defineItem<string[]>(`${area}:disabled-sites-${bucket}`, { fallback: [] });
const lists = new Map<string, SiteList>();
const listOf = (area: 'sync' | 'local', bucket: number): SiteList => {
  const key = `${area}:${bucket}`;
  let item = lists.get(key);
  if (!item) lists.set(key, (item = siteList(area, bucket)));
  return item;
};

/** The key a per-site setting is stored under: the host without `www.`, for http(s) pages only. */
export function siteKey(url: string): string | null {
  const u = parseWebUrl(url);
  return (u && siteHost(u)) || null;
}

/** The storage keys of a site's bucket, in the form WXT's storage takes them. */
export function siteBucketKeys(key: string): { sync: `sync:${string}`; local: `local:${string}` } {
  return { sync: `sync:${siteBucketItem(key)}`, local: `local:${siteBucketItem(key)}` };
}

async function isKeyDisabled(key: string): Promise<boolean> {
  const bucket = siteBucket(key);
  const [synced, local] = await Promise.all([listOf('sync', bucket).getValue(), listOf('local', bucket).getValue()]);
  return synced.includes(key) || local.includes(key);
}

export async function isSiteEnabled(url: string): Promise<boolean> {
  const key = siteKey(url);
  return key !== null && !(await isKeyDisabled(key));
}

export async function setSiteEnabled(url: string, enabled: boolean): Promise<void> {
  const key = siteKey(url);
  if (key === null) return;
  const bucket = siteBucket(key);
  const synced = listOf('sync', bucket);
  const local = listOf('local', bucket);
  const [inSync, inLocal] = await Promise.all([synced.getValue(), local.getValue()]);
  const without = (list: string[]) => list.filter((k) => k !== key);
  if (enabled) {
    if (inSync.includes(key)) await synced.setValue(without(inSync));
    if (inLocal.includes(key)) await local.setValue(without(inLocal));
    return;
  }
  if (inSync.includes(key) || inLocal.includes(key)) return;
  try {
    await synced.setValue([...inSync, key].sort());
  } catch {
    // Over sync storage's quota (per item or in all): this device keeps the site in local storage.
    await local.setValue([...inLocal, key].sort());
  }
}

/**
 * Calls `onChange(enabled)` when the per-site switch of `url`'s site changes, and only then (not
 * for another site of its bucket). Returns the function that stops watching.
 */
export function watchSiteEnabled(url: string, onChange: (enabled: boolean) => void): () => void {
  const key = siteKey(url);
  if (key === null) return () => undefined;
  const bucket = siteBucket(key);
  let disabled: boolean | undefined;
  void isKeyDisabled(key).then((now) => (disabled ??= now));
  const recheck = async () => {
    const now = await isKeyDisabled(key);
    if (now === disabled) return;
    disabled = now;
    onChange(!now);
  };
  const stops = [listOf('sync', bucket).watch(() => void recheck()), listOf('local', bucket).watch(() => void recheck())];
  return () => stops.forEach((stop) => stop());
}

/** Should the content script draw highlights on this page? */
export async function shouldHighlight(url: string): Promise<boolean> {
  const [everywhere, site] = await Promise.all([highlightingEnabled.getValue(), isSiteEnabled(url)]);
  return everywhere && site;
}

/** Moves the single list of earlier versions into the buckets (run by the background at start; idempotent). */
export async function migrateDisabledSites(): Promise<void> {
  const legacy = await legacyDisabledSites.getValue();
  if (legacy.length === 0) return;
  for (const key of legacy) await setSiteEnabled(`https://${key}/`, false);
  await legacyDisabledSites.removeValue();
}
