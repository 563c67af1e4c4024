// User settings, declared once (WXT storage): highlighting on or off, and sites where it is off.
import { storage } from 'wxt/utils/storage';
import { parseWebUrl, siteHost } from './web-url';

export const highlightingEnabled = storage.defineItem<boolean>('sync:highlighting-enabled', {
  fallback: true,
  version: 1,
});

/** Site keys (see siteKey) where the reader turned highlighting off. */
export const disabledSites = storage.defineItem<string[]>('sync:disabled-sites', {
  fallback: [],
  version: 1,
});

/** The key a per-site setting is stored under: the host without `www.`, for http(s) pages only. */
export function siteKey(url: string): string | null {
  const u = parseWebUrl(url);
  return (u && siteHost(u)) || null;
}

export async function isSiteEnabled(url: string): Promise<boolean> {
  const key = siteKey(url);
  if (key === null) return false;
  return !(await disabledSites.getValue()).includes(key);
}

export async function setSiteEnabled(url: string, enabled: boolean): Promise<void> {
  const key = siteKey(url);
  if (key === null) return;
  const sites = new Set(await disabledSites.getValue());
  if (enabled) sites.delete(key);
  else sites.add(key);
  await disabledSites.setValue([...sites].sort());
}

/** Should the content script draw highlights on this page? */
export async function shouldHighlight(url: string): Promise<boolean> {
  return (await highlightingEnabled.getValue()) && (await isSiteEnabled(url));
}
