// Where story packs added from files are kept (local storage), declared once: the whole packs (the
// story tools, the popup, the comparison page and the background read them) and their gates alone
// (the content script every page loads reads those few kB, by key: imported-gates.ts). Written
// together by imported-packs.ts; kept apart from it so readers do not load the validator.
import { storage } from 'wxt/utils/storage';
import type { StoryGate } from '../data/gates';
import type { StoryPack } from '../data/schema';
import { IMPORTED_GATES_KEY } from './imported-gates';

export interface ImportedPack {
  pack: StoryPack;
  /** The file it came from, as the reader named it. */
  fileName: string;
  /** ISO date and time of the import. */
  importedAt: string;
}

export const importedPacks = storage.defineItem<ImportedPack[]>('local:imported-story-packs', { fallback: [], version: 1 });
/** The imported packs' gates alone, so the content script reads a few kB, not the packs. */
export const importedGates = storage.defineItem<StoryGate[]>(IMPORTED_GATES_KEY, { fallback: [], version: 1 });
