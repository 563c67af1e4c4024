// The bundled story packs, for the extension's runtime and the scripts (no Node imports here).
// Each pack's files are validated at build time and by the tests (see validate.ts), so they are
// only cast here. The content script imports data/gates.ts instead: the gates alone.
import storyFile from './stories/india-russia-defence-jv-talks-2025/story.json';
import entitiesFile from './stories/india-russia-defence-jv-talks-2025/entities.json';
import vocabularyFile from './stories/india-russia-defence-jv-talks-2025/vocabulary.json';
import gateFile from './stories/india-russia-defence-jv-talks-2025/gate.json';
import type { ClaimSet, Outlet, StoryPack } from './schema';
import { parseWebUrl, siteHost } from '../components/web-url';

/** The folder files of a pack, merged into the one object the schema describes. */
export function mergePackFiles(files: { story: unknown; entities: unknown; vocabulary: unknown; gate: unknown }): unknown {
  const part = (x: unknown) => (typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : {});
  return {
    ...part(files.story),
    entities: part(files.entities).entities,
    concepts: part(files.vocabulary).concepts,
    signals: part(files.gate).signals,
  };
}

export const storyPack = mergePackFiles({ story: storyFile, entities: entitiesFile, vocabulary: vocabularyFile, gate: gateFile }) as StoryPack;

/** The story, outlets and claims: what the popup, card and badge show. */
export const claimSet: ClaimSet = storyPack;

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
