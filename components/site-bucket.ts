// Which of the per-site switch's storage buckets a site lives in (see settings.ts): a pure hash,
// so the settings, the end-to-end harness and every part of the extension agree without storage.

/**
 * Buckets of the per-site list. Sync storage allows 8,192 bytes an item and 102,400 in all:
 * 64 buckets of a site key (about 20 characters quoted) hold some 5,000 sites before the total
 * binds, 78 a bucket, a quarter of what one item could take; past the total, a bucket that no
 * longer fits is kept in local storage instead (see settings.ts, setSiteEnabled).
 */
export const SITE_BUCKETS = 64;

/** The bucket of a site key: FNV-1a over its UTF-16 code units. */
export function siteBucket(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % SITE_BUCKETS;
}

/** The storage item names (without area) of a site's bucket. */
export const siteBucketItem = (key: string) => `disabled-sites-${siteBucket(key)}`;
