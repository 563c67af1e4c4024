// The bundled story's claim set (story, outlets, claims) for the popup, the background and the
// scripts (no Node imports here). Validated at build time and by the tests (see validate.ts), so
// only cast here. The content script imports data/gates.ts (the gates alone); the matcher,
// data/packs.ts (the whole pack, in the story tools injected on story pages only).
import storyFile from './stories/india-russia-defence-jv-talks-2025/story.json';
import { translatedClaims } from './claim-texts';
import { withClaimTexts } from './pack-files';
import type { ClaimSet, Outlet } from './schema';
import { parseWebUrl, siteHost } from '../components/web-url';

/** The story, outlets and claims (with their translations): what the popup, card and badge show (data/packs.ts has the whole pack). */
export const claimSet: ClaimSet = {
  ...(storyFile as ClaimSet),
  // Each claim's text in the languages the story is read in, for readers of those languages.
  claims: withClaimTexts((storyFile as ClaimSet).claims, translatedClaims),
};

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
