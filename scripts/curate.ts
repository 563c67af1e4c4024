// `npm run curate -- ARTICLE... --out DIR`: drafts a story pack from one story's articles (one
// outlet a file; .txt as paragraphs, .html through `check`'s article reader) and a review page,
// and writes them to DIR at once. Bad input gets a one-line error on stderr, exit 1 (2 for a
// usage error), and nothing is written. See README "Add a story" and scripts/curate/run.ts.
import { runCurate } from './curate/run';

process.exitCode = runCurate(process.argv.slice(2));
