// What happened to a story's claims after publication (a denial, a re-confirmation, a
// correction), declared with valibot. Part of the story pack schema (schema.ts), which re-exports it.
import * as v from 'valibot';
import { httpsUrl, isoDate, slug, text } from './schema-fields';

/** What happened to a claim after publication. */
export const DEVELOPMENT_KINDS = [
  'report',
  'denial',
  'repeated-denial',
  're-confirmation',
  'stands-by-report',
  'correction',
  'retraction',
  'declined-to-comment',
] as const;
export type DevelopmentKind = (typeof DEVELOPMENT_KINDS)[number];
/** Who made it. */
export const ACTOR_KINDS = ['company', 'outlet', 'agency', 'government', 'person'] as const;

/** A dated event after publication that bears on claims: a denial, a re-confirmation, a correction… */
export const DevelopmentSchema = v.strictObject({
  id: slug,
  date: isoDate,
  who: v.strictObject({ name: text('name'), kind: v.picklist(ACTOR_KINDS, `must be one of ${ACTOR_KINDS.join(', ')}`) }),
  kind: v.picklist(DEVELOPMENT_KINDS, `must be one of ${DEVELOPMENT_KINDS.join(', ')}`),
  /** The claims it bears on, and which way: a denial disputes, a re-confirmation confirms. */
  claims: v.pipe(
    v.array(v.strictObject({ claim: slug, bears: v.picklist(['confirms', 'disputes'] as const, 'must be confirms or disputes') })),
    v.nonEmpty('must name at least one claim'),
  ),
  /** One neutral sentence, in our words. */
  summary: text('summary'),
  source: v.strictObject({ name: text('name'), url: httpsUrl }),
});

export type Development = v.InferOutput<typeof DevelopmentSchema>;
