// `npm run check -- <file.html | file.txt> [--json]`: runs the content script's reading and
// matching on a file and prints the story verdict and each matched sentence with its claim,
// score, and the outlets that confirm or dispute it. With --json, exactly one JSON object.
// The article's language is told from its words, as the content script tells it; a language the
// matcher reads gets its own core and the pack in its words, any other is said and not read.
import { createTextAnalyser } from '../components/matching/analyse-text';
import { detectLanguage } from '../components/matching/detect-language';
import { LANGUAGES, storyPackIn } from './eval/languages';
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
  const code = detectLanguage(text, undefined).code ?? 'en';
  const language = LANGUAGES[code];
  if (!language) {
    console.error(`note: the article is in "${code}", which the matcher does not read (it reads ${Object.keys(LANGUAGES).join(', ')})`);
  }
  const pack = storyPackIn(language ? code : 'en');
  const analysis = createTextAnalyser(pack, language ?? LANGUAGES.en).analyse(text, { explain: true, ...(pageYear ? { pageYear } : {}) });
  console.log(json ? JSON.stringify(toJsonReport(text, analysis)) : formatReport(text, analysis, pack));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
