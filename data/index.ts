// Typed access to the bundled claim set for the extension at runtime (no Node imports here).
// claims.json is validated at build time and by the tests (see validate.ts), so it is only cast here.

import raw from './claims.json';
import type { Claim, ClaimSet, Outlet } from './schema';

export const claimSet: ClaimSet = raw as ClaimSet;

const claimsById = new Map(claimSet.claims.map((c) => [c.id, c]));
const outletsById = new Map(claimSet.outlets.map((o) => [o.id, o]));

export function claimById(id: string): Claim | undefined {
  return claimsById.get(id);
}

export function outletById(id: string): Outlet | undefined {
  return outletsById.get(id);
}

/** host (lowercase, without `www.`) + path (without trailing slashes); query and hash dropped. */
function urlKey(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    const path = u.pathname.replace(/\/+$/, '');
    return `${host}${path}`;
  } catch {
    return undefined;
  }
}

/** The outlet among `outlets` whose article is at `url` (same host and path; trailing slash, query, hash, `www.` ignored). */
export function outletAtUrl(outlets: readonly Outlet[], url: string): Outlet | undefined {
  const key = urlKey(url);
  return key === undefined ? undefined : outlets.find((o) => urlKey(o.url) === key);
}

/** The bundled claim set's outlet whose article is at `url`. */
export function outletForUrl(url: string): Outlet | undefined {
  return outletAtUrl(claimSet.outlets, url);
}
