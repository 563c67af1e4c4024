// Writes the draft to its folder all at once: everything is written to a new folder beside it,
// which then takes the folder's name, so a failure leaves nothing half-written. The folder is laid
// out like data/stories/<id>/ (story.json, entities.json, vocabulary.json, gate.json), with the
// whole pack as one object (pack.json, the import format), the review page and, for HTML inputs,
// the article text the quotes were taken from.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Draft } from './draft';
import { InputError } from './read-articles';
import { reviewPage } from './review-page';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The files of the draft, by name. */
export function draftFiles(draft: Draft): Record<string, string> {
  const { story, outlets, claims, entities, concepts, signals } = draft.pack;
  const files: Record<string, string> = {
    'story.json': json({ story, outlets, claims }),
    'entities.json': json({ entities }),
    'vocabulary.json': json({ concepts }),
    'gate.json': json({ story: story.id, language: story.language, signals }),
    'pack.json': json(draft.pack),
    'review.html': reviewPage(draft),
  };
  for (const [seed, text] of Object.entries(draft.seeds)) if (!seed.endsWith('.txt')) files[`articles/${seed}.txt`] = `${text}\n`;
  return files;
}

/** Refuses a folder that holds something (unless `replace`): checked before any work, and again before writing. */
export function checkOutFolder(dir: string, replace = false): void {
  const target = resolve(dir);
  if (existsSync(target) && (!statSync(target).isDirectory() || readdirSync(target).length > 0) && !replace) {
    throw new InputError(`${dir} exists and is not empty: choose a new folder, or pass --force to replace it`);
  }
}

/** Writes the files to `dir`, which must not exist or be empty (or `replace` must be set). */
export function writeDraft(dir: string, files: Record<string, string>, replace = false): string {
  const target = resolve(dir);
  checkOutFolder(dir, replace);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const staging = join(parent, `.${basename(target)}.curate-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(staging, name)), { recursive: true });
      writeFileSync(join(staging, name), text);
    }
    rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return target;
}
