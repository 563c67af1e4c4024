// The imported story packs' gates, as the content script every page loads reads them: once a page,
// and again when a pack is added or removed. Read by key rather than through the defined item
// (imported-storage.ts declares it): WXT reads a defined item's value when it is defined, and the
// content script must not import the packs' item at all (it would read every pack on every page).
import { storage } from 'wxt/utils/storage';
import type { StoryGate } from '../data/gates';

export const IMPORTED_GATES_KEY = 'local:imported-story-gates';

export const readImportedGates = (): Promise<unknown> => storage.getItem<StoryGate[]>(IMPORTED_GATES_KEY, { fallback: [] });

/** Calls `onChange` with the stored gates when they change; returns the unwatch function. */
export const watchImportedGates = (onChange: (stored: unknown) => void): (() => void) => storage.watch<StoryGate[]>(IMPORTED_GATES_KEY, onChange);
