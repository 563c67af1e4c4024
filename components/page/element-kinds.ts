// Which HTML elements are what, for reading a page's prose: never text, page furniture, blocks
// that break a line, paragraphs. Shared by finding the article and extracting its text.

/** Elements whose content is never prose a reader sees as text of the page. */
export const NON_TEXT_TAGS: ReadonlySet<string> = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object',
  'embed', 'canvas', 'audio', 'video', 'textarea', 'input', 'select', 'option', 'datalist', 'button',
]);

/**
 * Page furniture: site navigation, footers, sidebars. Skipped even inside the article, where they
 * hold share bars, "related stories" and author boxes rather than the story.
 */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set(['nav', 'footer', 'aside']);

/** ARIA landmark roles of the same furniture, used when finding the article. */
export const FURNITURE_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'contentinfo', 'complementary', 'banner', 'menu', 'menubar', 'search', 'dialog',
]);

/**
 * Elements that start and end a line of text. Decided by tag, not computed `display`, so the
 * result does not depend on style reads; `<br>` is deliberately not here (it is a space).
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'html', 'body', 'main', 'p', 'div', 'li', 'ul', 'ol', 'menu', 'dl', 'dd', 'dt',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'blockquote', 'pre', 'address', 'center',
  'section', 'article', 'header', 'footer', 'nav', 'aside', 'figure', 'figcaption',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'form', 'fieldset', 'legend', 'details', 'summary', 'dialog', 'hr',
]);

/**
 * Elements that start a new passage of the page (a blank line in its text): headings and
 * sections. A page that strings several stories together (a digest, a live blog) is judged
 * passage by passage.
 */
export const PASSAGE_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'hr']);

/**
 * Starts a new passage: a heading or section, or a list item that holds paragraphs of its own (a
 * live blog's entry, which many sites write as `<li><time>…</time><p>…</p></li>`), not a bullet.
 */
export function startsPassage(el: Element): boolean {
  if (PASSAGE_TAGS.has(el.localName)) return true;
  if (el.localName !== 'li') return false;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (child.localName === 'p') return true;
  return false;
}

/** Elements that hold one paragraph of prose, for scoring blocks by the text they carry. */
export const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['p', 'blockquote', 'li', 'h2', 'h3', 'h4']);

/**
 * Never the page's prose, by tag or hiding attribute alone (no style read): not text, furniture,
 * `hidden`, `aria-hidden="true"`. Finding the article and reading it each add their own checks.
 */
export function isNeverProse(el: Element): boolean {
  const name = el.localName;
  if (NON_TEXT_TAGS.has(name) || FURNITURE_TAGS.has(name)) return true;
  return el.hasAttributes() && (el.hasAttribute('hidden') || el.getAttribute('aria-hidden')?.toLowerCase() === 'true');
}
