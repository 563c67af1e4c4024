// The stories the extension knows, for the background, the popup, the comparison page and the
// options page: those it ships with and those the reader imported from files, with each claim's
// story (claim ids are unique across installed stories: imported-packs.ts refuses a clash).
import { claimSet } from '../data';
import type { ClaimSet } from '../data/schema';
import type { Installed } from './imported-packs';
import { importedPacks, type ImportedPack } from './imported-storage';

/** The stories the extension ships with (data/index.ts), in the order the popup offers them. */
export const bundledStories: readonly ClaimSet[] = [claimSet];

export interface InstalledStories {
  /** Bundled first, then imported in the order they were added. */
  all: readonly ClaimSet[];
  bundled: readonly ClaimSet[];
  imported: readonly ImportedPack[];
  story(storyId: string): ClaimSet | undefined;
  /** The story a claim belongs to. */
  storyOf(claimId: string): ClaimSet | undefined;
  storyIds: ReadonlySet<string>;
  claimIds: ReadonlySet<string>;
}

/** Pure: the installed stories from the imported packs as stored (an imported id already taken is skipped). */
export function installedStories(imported: readonly ImportedPack[], bundled: readonly ClaimSet[] = bundledStories): InstalledStories {
  const stories = new Map<string, ClaimSet>();
  for (const set of [...bundled, ...imported.map((p) => p.pack)]) if (!stories.has(set.story.id)) stories.set(set.story.id, set);
  const byClaim = new Map<string, ClaimSet>();
  for (const set of stories.values()) for (const c of set.claims) if (!byClaim.has(c.id)) byClaim.set(c.id, set);
  return {
    all: [...stories.values()],
    bundled,
    imported,
    story: (id) => stories.get(id),
    storyOf: (id) => byClaim.get(id),
    storyIds: new Set(stories.keys()),
    claimIds: new Set(byClaim.keys()),
  };
}

/** The installed stories now; the bundled ones alone when storage cannot be read. */
export async function readInstalledStories(): Promise<InstalledStories> {
  const stored = await importedPacks.getValue().catch(() => []);
  return installedStories((Array.isArray(stored) ? stored : []).filter((p) => typeof p?.pack?.story?.id === 'string' && Array.isArray(p.pack.claims)));
}

/** Calls `onChange` when a pack is added or removed; returns the unwatch function. */
export const watchInstalledStories = (onChange: () => void): (() => void) => importedPacks.watch(onChange);

/** What checkPackFile (imported-packs.ts) must know of the installed stories to refuse a clash. */
export function installedForImport(stories: InstalledStories): Installed {
  return {
    storyIds: stories.storyIds,
    claims: new Map(stories.all.flatMap((s) => s.claims.map((c) => [c.id, s.story.title] as const))),
    count: stories.imported.length,
  };
}
