// The field shapes story pack schemas share (schema.ts, frame-schema.ts, development-schema.ts):
// checked text, slugs, https addresses and dates, each with the message a pack's author reads.
import * as v from 'valibot';

export const text = (what: string) => v.pipe(v.string(`${what} must be a string`), v.trim(), v.nonEmpty(`${what} must not be empty`));
export const slug = v.pipe(v.string('must be a string'), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug (lowercase letters and digits joined by single hyphens)'));
export const texts = (what: string) => v.pipe(v.array(text(what), `must be an array of ${what}s`), v.nonEmpty('must not be empty'));
export const httpsUrl = v.pipe(v.string('must be a string'), v.url('must be a URL'), v.startsWith('https://', 'must be an https URL'));

export const isoDate = v.pipe(
  v.string('must be a date (YYYY-MM-DD)'),
  v.isoDate('must be a date (YYYY-MM-DD)'),
  v.check((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'must be a real date'),
);
