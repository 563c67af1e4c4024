// Typed access to the bundled claim set for the extension at runtime (no Node imports here).
// claims.json is validated at build time and by the tests (see validate.ts), so it is only cast here.

import raw from './claims.json';
import type { ClaimSet, Outlet } from './schema';
import { parseWebUrl, siteHost } from '../components/web-url';

export const claimSet: ClaimSet = raw as ClaimSet;

/** host (lowercase, without `www.`) + path (without trailing slashes); query and hash dropped. */
function urlKey(url: string): string | undefined {
  const u = parseWebUrl(url);
  return u ? `${siteHost(u)}${u.pathname.replace(/\/+$/, '')}` : undefined;
}

/** The outlet among `outlets` whose article is at `url` (same host and path; trailing slash, query, hash, `www.` ignored). */
export function outletAtUrl(outlets: readonly Outlet[], url: string): Outlet | undefined {
  const key = urlKey(url);
  return key === undefined ? undefined : outlets.find((o) => urlKey(o.url) === key);
}
