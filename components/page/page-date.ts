// The year a page is dated, from where news sites put it: publication metadata (Open Graph,
// schema.org microdata or JSON-LD, <time datetime>), else a date line near the article's top
// ("Published 12 September 2019"). Matching reads it as the time of sentences that state none.

const META_SELECTORS = [
  'meta[property="article:published_time" i]',
  'meta[name="article:published_time" i]',
  'meta[itemprop="datePublished" i]',
  'meta[name="date" i]',
  'meta[name="pubdate" i]',
  'meta[name="dc.date" i]',
  'meta[name="parsely-pub-date" i]',
];
const YEAR = /\b(19[5-9]\d|20\d\d)\b/;
/** A line that says when the page was written: a month or "published/updated" and a year. */
const DATE_LINE =
  /\b(?:published|updated|posted|first published|dated?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b[^\n]{0,40}?\b(19[5-9]\d|20\d\d)\b/i;
/** Date lines are short: a byline, not a sentence of the story. */
const MAX_DATE_LINE_CHARS = 120;
/** Lines of the page read for a date line before giving up. */
const DATE_LINE_REACH = 12;

function yearOf(value: string | null | undefined): number | undefined {
  const m = value ? YEAR.exec(value) : null;
  return m ? Number(m[1]) : undefined;
}

function jsonLdYear(doc: Document): number | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      const found = /"datePublished"\s*:\s*"([^"]{4,40})"/.exec(script.textContent ?? '');
      const year = yearOf(found?.[1]);
      if (year) return year;
    } catch {
      // Malformed JSON-LD is the page's problem, not ours.
    }
  }
  return undefined;
}

/**
 * The page's year, or undefined. `root` is the article: a date line is looked for in the lines
 * just above it and at its top (its byline), never in the story's prose.
 */
export function readPageYear(doc: Document, root?: Element): number | undefined {
  for (const selector of META_SELECTORS) {
    const year = yearOf(doc.querySelector(selector)?.getAttribute('content'));
    if (year) return year;
  }
  const fromJsonLd = jsonLdYear(doc);
  if (fromJsonLd) return fromJsonLd;
  const time = (root ?? doc).querySelector('time[datetime]') ?? doc.querySelector('time[datetime]');
  const fromTime = yearOf(time?.getAttribute('datetime'));
  if (fromTime) return fromTime;
  return dateLineYear(root ?? doc.body ?? doc.documentElement);
}

function dateLineYear(scope: Element | null): number | undefined {
  if (!scope) return undefined;
  // The byline sits at the article's top, or just before it (a header beside the body).
  const candidates: string[] = [];
  const before = scope.previousElementSibling;
  if (before) candidates.push(...(before.textContent ?? '').split(/\n/));
  const lines = (scope.textContent ?? '').split(/\n/).map((l) => l.trim()).filter(Boolean);
  candidates.push(...lines.slice(0, DATE_LINE_REACH));
  for (const line of candidates.map((l) => l.trim())) {
    if (!line || line.length > MAX_DATE_LINE_CHARS) continue;
    const m = DATE_LINE.exec(line);
    if (m) return Number(m[1]);
  }
  return undefined;
}
