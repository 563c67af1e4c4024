// Pages the end-to-end tests serve beside tests/fixtures: the seeds laid out as news pages, a
// server-rendered React page that hydrates, a single-page app, an article whose paragraphs
// arrive late, a page under a strict Content-Security-Policy, and a long generated story page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { claimSet } from '../../data';
import { allSeedNewsPages, escapeHtml } from '../../scripts/demo/news-pages';
import { NewsApp } from '../fixtures/react/news-app';
import { ROOT, type FixtureServer } from './harness';

const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${head}</head><body>${body}</body></html>`;

/** Paragraphs of the seeds (their article text only), to build story pages of any length. */
function seedParagraphs(): string[] {
  const furniture = new Set(Object.values(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/seeds-furniture.json'), 'utf8')) as Record<string, string[]>).flat());
  return claimSet.outlets.flatMap((outlet) =>
    readFileSync(join(ROOT, 'seeds', outlet.seed), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !furniture.has(line)),
  );
}

/** Prose on other subjects, to pad long pages the way a long read pads its story. */
const FILLER = [
  'The monsoon reached the Kerala coast three days early this year, and forecasters expect normal rainfall across most of the country.',
  'Farmers in Maharashtra said they would wait for steady rain before sowing cotton and soybeans, after two dry spells last season.',
  'In cricket, the home side chased down the target with four overs to spare, their opener carrying his bat through the innings.',
  'Shares of consumer companies rose after the central bank left interest rates unchanged and signalled a pause for the rest of the year.',
  'City officials said the new metro line would open in stages, with the first twelve stations expected to carry passengers by spring.',
];

/**
 * A story page of about `words` words: every eighth paragraph the next of `story` (round again
 * when they run out), `filler` between. Also returns the story paragraphs in the order used.
 */
export function storyPage(
  words: number,
  story: readonly string[],
  filler: readonly string[],
  { title, heading }: { title: string; heading: string },
): { html: string; storyParagraphs: string[] } {
  const paragraphs: string[] = [];
  const storyParagraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const text = i % 8 === 0 ? story[(i / 8) % story.length]! : filler[i % filler.length]!;
    if (i % 8 === 0) storyParagraphs.push(text);
    paragraphs.push(`<p>${escapeHtml(text)}</p>`);
    count += text.split(/\s+/).length;
  }
  return { html: page(title, `<main><article><h1>${escapeHtml(heading)}</h1>${paragraphs.join('\n')}</article></main>`), storyParagraphs };
}

async function reactPage(): Promise<{ html: string; script: string }> {
  const bundle = await build({
    entryPoints: [join(ROOT, 'tests/fixtures/react/client.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    jsx: 'automatic',
    logLevel: 'silent',
  });
  const markup = renderToString(createElement(NewsApp));
  return {
    html: page('React news', `<div id="root">${markup}</div><script src="/react/client.js"></script>`),
    script: bundle.outputFiles[0]!.text,
  };
}

const SPA = page(
  'Single-page news app',
  `<nav><a href="/spa/story" id="to-story">Story</a> <a href="/spa/other" id="to-other">Other</a></nav>
<main><article id="view"></article></main>
<script src="/spa/app.js"></script>`,
);

const SPA_SCRIPT = `
const views = {
  '/spa/story': ${JSON.stringify(seedParagraphs().slice(0, 6))},
  '/spa/other': ${JSON.stringify(FILLER)},
};
function render() {
  const view = document.getElementById('view');
  view.replaceChildren(...(views[location.pathname] || []).map((t) => Object.assign(document.createElement('p'), { textContent: t })));
}
document.addEventListener('click', (e) => {
  const a = e.target.closest('a');
  if (!a) return;
  e.preventDefault();
  history.pushState({}, '', a.getAttribute('href'));
  render();
});
window.addEventListener('popstate', render);
render();
`;

const LATE = page(
  'Late article',
  `<main><article id="body"><h1>Indian arms makers in Moscow</h1><p>Loading the story…</p></article></main>
<script src="/late/app.js"></script>`,
);

const LATE_SCRIPT = `
const paragraphs = ${JSON.stringify(seedParagraphs().slice(0, 5))};
let i = 0;
const timer = setInterval(() => {
  const p = document.createElement('p');
  p.textContent = paragraphs[i++];
  document.getElementById('body').append(p);
  if (i === paragraphs.length) { clearInterval(timer); document.body.dataset.done = '1'; }
}, 300);
`;

/** The strictest policy a news site might send: nothing but its own styles. */
const STRICT_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The 20,000-word story page addTestPages serves. */
export const LONG_20000_PATH = '/long/20000';

export async function addTestPages(server: FixtureServer): Promise<void> {
  for (const p of allSeedNewsPages()) server.add(p.path, { body: p.html });
  const react = await reactPage();
  server.add('/react/', { body: react.html });
  server.add('/react/client.js', { body: react.script, headers: { 'content-type': 'text/javascript' } });
  for (const path of ['/spa/story', '/spa/other']) server.add(path, { body: SPA });
  server.add('/spa/app.js', { body: SPA_SCRIPT, headers: { 'content-type': 'text/javascript' } });
  server.add('/late/', { body: LATE });
  server.add('/late/app.js', { body: LATE_SCRIPT, headers: { 'content-type': 'text/javascript' } });
  server.add('/csp/', {
    body: page('Strict CSP', `<main><article><h1>Moscow talks</h1>${seedParagraphs().slice(0, 6).map((t) => `<p>${escapeHtml(t)}</p>`).join('')}</article></main>`),
    headers: { 'content-security-policy': STRICT_CSP },
  });
  server.add(LONG_20000_PATH, { body: storyPage(20_000, seedParagraphs(), FILLER, { title: 'A long read on India and Russia', heading: 'A long read' }).html });
}
