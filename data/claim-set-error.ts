// How a story pack's problems are reported: each located by claim (or outlet, entity…) and field,
// all of them in one error (data/validate.ts throws it). Part of the story pack schema (schema.ts),
// which re-exports it; plain TypeScript, no valibot.

/** One problem in a story pack, located by claim (or outlet, entity…) and field. */
export interface ClaimSetProblem {
  /** e.g. `claims[adani-ceo-attended].stances[2].quote` */
  path: string;
  message: string;
}

export class ClaimSetError extends Error {
  constructor(readonly problems: ClaimSetProblem[]) {
    super(
      `Invalid story pack (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.path}: ${p.message}`).join('\n'),
    );
    this.name = 'ClaimSetError';
  }
}
