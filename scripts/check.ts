// `npm run check -- <file.html | file.txt> [--json]`: runs the content script's reading and
// matching on a file and prints the story verdict and each matched sentence with its claim,
// score, and the outlets that confirm or dispute it. With --json, exactly one JSON object.
import { storyPack } from '../data/packs';
import { createTextAnalyser } from '../components/matching/analyse-text';
import { InputError, readArticleFile } from './check/read-input';
import { formatReport, toJsonReport } from './check/format-report';

const USAGE = 'usage: npm run check -- <file.html | file.txt> [--json]';

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  const unknown = files.filter((a) => a.startsWith('--'));
  if (unknown.length > 0 || files.length !== 1) {
    console.error(unknown.length ? `error: unknown option ${unknown[0]}\n${USAGE}` : USAGE);
    return 2;
  }
  let text: string;
  let pageYear: number | undefined;
  try {
    ({ text, pageYear } = readArticleFile(files[0]!));
  } catch (error) {
    if (error instanceof InputError) {
      console.error(`error: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const analysis = createTextAnalyser(storyPack).analyse(text, { explain: true, ...(pageYear ? { pageYear } : {}) });
  console.log(json ? JSON.stringify(toJsonReport(text, analysis)) : formatReport(text, analysis, storyPack));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
