import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectChunksMapBack, loadPage, parsePage, readFixture } from '../../tests/fixtures/dom/load';
import { extractPageText, extractPageTextSliced, YIELD_CHECK_INTERVAL, type PageText } from './extract-text';
import { findArticleRoot } from './find-article';

/** Text of `<body>` of a windowless page built from `html`, its chunks checked. */
function read(html: string, options?: Parameters<typeof extractPageText>[1]): string {
  const page = extractPageText(parsePage(html).body, options);
  expectChunksMapBack(page);
  return page.text;
}

const STORY = [
  'The defence ministry on Tuesday signed a contract with Bharat Forge for 307 towed guns, officials said.',
  'The order is the largest placed with a private firm for artillery, and deliveries are due to begin within three years.',
  '"This is a milestone for domestic manufacturing," the company said.',
  'Shares of the company rose 4% in early trade. Analysts expect further orders.',
].join('\n');

afterEach(() => {
  document.body.replaceChildren();
});

describe('extractPageText on a news page', () => {
  it('reads the story body as the reader sees it, without script or print-only text', () => {
    const doc = loadPage(readFixture('news-article.html'));
    const page = extractPageText(findArticleRoot(doc));
    expect(page.text).toBe(STORY);
    expectChunksMapBack(page);
  });

  it('reads the whole body without nav, share bar, related aside, footer, head or scripts', () => {
    const doc = loadPage(readFixture('news-article.html'));
    const page = extractPageText(doc.body);
    // A blank line before the headline and before each section and article: each starts a passage.
    expect(page.text).toBe(
      [
        'The Daily Example',
        ['Bharat Forge wins artillery order worth Rs 2,000 crore', 'By A Reporter | Updated 12 March', STORY].join('\n'),
        'Comments',
        'Great news for the industry.',
        'About time the army modernised its artillery.',
      ].join('\n\n'),
    );
    expectChunksMapBack(page);
  });

  it('reads the whole document from the root element without the head', () => {
    const doc = parsePage(readFixture('news-article.html'));
    const text = extractPageText(doc.documentElement).text;
    expect(text.startsWith('The Daily Example\n\nBharat Forge wins')).toBe(true);
    expect(text).not.toContain('Fixture');
    expect(text).not.toContain('dataLayer');
  });
});

describe('extractPageText skips what is not read', () => {
  it.each([
    ['script', '<script>var a = 1;</script>'],
    ['style', '<style>p { color: red }</style>'],
    ['noscript', '<noscript>Enable JavaScript</noscript>'],
    ['template', '<template><p>Template text</p></template>'],
    ['svg', '<svg><text>Chart label</text></svg>'],
    ['iframe', '<iframe>Fallback</iframe>'],
    ['textarea', '<textarea>Typed text</textarea>'],
    ['input and select', '<input value="typed"><select><option>Choice</option></select>'],
    ['button', '<button>Subscribe</button>'],
    ['nav, aside, footer inside the root', '<nav>Menu</nav><aside>Related</aside><footer>Credits</footer>'],
    ['hidden', '<div hidden>Hidden <b>text</b></div>'],
    ['aria-hidden', '<span aria-hidden="true">Icon</span><span aria-hidden="TRUE">Icon</span>'],
    ['inert', '<div inert>Inert text</div>'],
    ['contenteditable and what is nested in it', '<div contenteditable><p>Draft <b>comment</b></p></div><div contenteditable="plaintext-only">x</div>'],
    ['display:none inline style', '<div style="display: none">Not <em>rendered</em></div>'],
  ])('%s', (_, markup) => {
    expect(read(`<p>Before.</p>${markup}<p>After.</p>`)).toBe('Before.\nAfter.');
  });

  it('keeps contenteditable="false" and aria-hidden="false"', () => {
    expect(read('<p contenteditable="false">Kept.</p><p aria-hidden="false">Also kept.</p>')).toBe('Kept.\nAlso kept.');
  });

  it('skips display:none and visibility:hidden from stylesheets, but reads a visible child of a hidden parent', () => {
    loadPage(
      '<style>.gone { display: none } .ghost { visibility: hidden } .back { visibility: visible }</style>' +
        '<p>One.</p><p class="gone">Gone.</p><div class="ghost">Ghost <span>text</span> <span class="back">Back.</span></div><p>Two.</p>',
    );
    const page = extractPageText(document.body);
    expect(page.text).toBe('One.\nBack.\nTwo.');
    expectChunksMapBack(page);
  });

  it('reads computed style once per element reached, never per text node or inside skipped subtrees', () => {
    loadPage('<p>One <em>two</em> three <a href="/">four</a>.</p><div hidden><p>x</p><p>y</p></div><script>z</script><p>Five.</p>');
    const getComputedStyle = vi.spyOn(window, 'getComputedStyle');
    try {
      expect(extractPageText(document.body).text).toBe('One two three four.\nFive.');
      expect(getComputedStyle.mock.calls.map(([el]) => el.localName)).toEqual(['p', 'em', 'a', 'p']);
    } finally {
      getComputedStyle.mockRestore();
    }
  });

  it('reads nothing when the root itself sits in an editor', () => {
    const doc = parsePage('<div contenteditable="true"><article><p>Draft.</p></article></div>');
    const article = doc.querySelector('article');
    expect(article && extractPageText(article)).toEqual({ text: '', chunks: [] });
  });

  it('skips what the caller ignores (the extension UI host), without descending into it', () => {
    const doc = parsePage('<p>Story.</p><claim-ui-host><p>Tooltip text</p></claim-ui-host>');
    const ignore = vi.fn((el: Element) => el.localName === 'claim-ui-host');
    expect(extractPageText(doc.body, { ignore }).text).toBe('Story.');
    expect(ignore.mock.calls.map(([el]) => el.localName)).toEqual(['p', 'claim-ui-host']);
  });
});

describe('extractPageText whitespace and blocks', () => {
  it('joins text split across inline elements', () => {
    expect(read('<p>Bharat <em>Forge</em> won <a href="/">the</a> <strong><span>order</span></strong>.</p>')).toBe('Bharat Forge won the order.');
    expect(read('<p>Bharat<em> Forge </em>won.</p>')).toBe('Bharat Forge won.');
    expect(read('<p><b>Bharat</b><i>Forge</i></p>')).toBe('BharatForge');
  });

  it('turns <br> and source newlines inside a paragraph into one space', () => {
    expect(read('<p>First line.<br>Second\n      line.\n<br>\n  Third.</p>')).toBe('First line. Second line. Third.');
    expect(read('<p>Ends with a break.<br></p><p><br>Starts with one.</p>')).toBe('Ends with a break.\nStarts with one.');
  });

  it('ends the paragraph at two <br> in a row, as the screen shows it', () => {
    expect(read('<div>First paragraph.<br><br>Second paragraph.<br>Still the second.</div>')).toBe('First paragraph.\nSecond paragraph. Still the second.');
    expect(read('<div>One.<br>\n  <br>Two.<br><br><br>Three.</div>')).toBe('One.\nTwo.\nThree.');
    expect(read('<div>One.<br><b>Two.</b><br>Three.</div>')).toBe('One. Two. Three.');
    expect(read('<div><br><br>Lead.<br><br></div><p>Next.</p>')).toBe('Lead.\nNext.');
  });

  it('collapses whitespace runs, drops it at line edges, keeps no-break spaces', () => {
    expect(read('<p>\n   Spaced \t  out \r\n text.   </p>')).toBe('Spaced out text.');
    expect(read('<p>Rs\u00A02,000 crore</p>')).toBe('Rs\u00A02,000 crore');
  });

  it('separates blocks with exactly one "\\n", none leading or trailing', () => {
    expect(read('<div><div><p>A</p></div></div>\n\n<div><p>B</p><p></p><ul><li>C</li><li>D</li></ul></div>')).toBe('A\nB\nC\nD');
    expect(read('<table><tr><td>Cell 1</td><td>Cell 2</td></tr></table><blockquote>Quote</blockquote>Loose <span>inline</span> text')).toBe('Cell 1\nCell 2\nQuote\nLoose inline text');
    expect(read('<p> </p><div>\n</div>')).toBe('');
  });

  it('starts a passage with a blank line before headings, sections, articles and rules, none leading or trailing', () => {
    expect(read('<div><div><p>A</p></div></div>\n\n<div><section><p>B</p><p></p><hr><ul><li>C</li><li>D</li></ul></section></div>')).toBe('A\n\nB\n\nC\nD');
    expect(read('<table><tr><td>Cell 1</td><td>Cell 2</td></tr></table><h2>Head</h2>Loose <span>inline</span> text')).toBe('Cell 1\nCell 2\n\nHead\nLoose inline text');
    for (const tag of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article']) {
      expect(read(`<p>Before.</p><${tag}>Inside.</${tag}><p>After.</p>`)).toBe('Before.\n\nInside.\nAfter.');
    }
    expect(read('<p>Before.</p><hr><p>After.</p>')).toBe('Before.\n\nAfter.');
    // Nested starts make one blank line; a passage at the very start or a rule at the end makes none.
    expect(read('<article><section><h2>Head</h2><p>Body.</p></section></article><hr>')).toBe('Head\nBody.');
    expect(read('<p>A</p><article><section><h2>Head</h2></section></article>')).toBe('A\n\nHead');
  });

  it('starts a passage at a list item that holds paragraphs (a live blog entry), not at a bullet', () => {
    const live = '<ul><li><div>10:05</div><p>First entry.</p></li><li><div>09:40</div><p>Second entry.</p><p>More of it.</p></li></ul>';
    expect(read(live)).toBe('10:05\nFirst entry.\n\n09:40\nSecond entry.\nMore of it.');
    expect(read('<p>They were:</p><ul><li>Tata</li><li><b>L&amp;T</b> and BEL</li></ul>')).toBe('They were:\nTata\nL&T and BEL');
  });

  it('maps every chunk back to its node and offset, including collapsed whitespace', () => {
    const doc = parsePage('<p>  A  b\n c <em> d </em>e<br>f\n\n</p><p>\tg h</p>');
    const page = extractPageText(doc.body);
    expect(page.text).toBe('A b c d e f\ng h');
    expectChunksMapBack(page);
    // Separators and synthesised spaces belong to no chunk.
    const covered = new Set(page.chunks.flatMap((c) => Array.from({ length: c.end - c.start }, (_, i) => c.start + i)));
    const uncovered = [...page.text].map((_, i) => i).filter((i) => !covered.has(i));
    expect(uncovered.map((i) => page.text[i])).toEqual([' ', ' ', '\n']);
  });

  it('stops at maxChars', () => {
    const doc = parsePage(`<p>${'word '.repeat(100)}</p><p>Later paragraph.</p>`);
    const page = extractPageText(doc.body, { maxChars: 42 });
    expect(page.text).toBe('word '.repeat(100).slice(0, 42));
    expectChunksMapBack(page);
    expect(page.chunks.at(-1)?.end).toBe(42);
    expect(extractPageText(doc.body, { maxChars: 0 }).text).toBe('');
  });

  it('reads a page 3,000 elements deep (the walk is iterative)', { timeout: 20_000 }, () => {
    // Parsed, not built with appendChild: jsdom's insertion is quadratic (and recursive) in depth,
    // so parsing takes seconds here; reading takes tens of milliseconds.
    const doc = parsePage('<div>x'.repeat(3000));
    const page = extractPageText(doc.body);
    expect(page.text).toBe(Array(3000).fill('x').join('\n'));
  });
});

describe('extractPageTextSliced', () => {
  function bigPage(): Document {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>Paragraph ${i} with <a href="/${i}">a link</a> and <em>emphasis</em>.<br>More.</p>`);
    return parsePage(`<article>${paragraphs.join('\n')}<aside>Skip</aside></article>`);
  }
  const never = (): boolean => false;

  it('gives exactly the same PageText as the synchronous reader', async () => {
    for (const doc of [bigPage(), parsePage(readFixture('news-article.html'))]) {
      const root = findArticleRoot(doc);
      const sliced = await extractPageTextSliced(root, { shouldYield: () => true, yieldToPage: () => Promise.resolve() });
      expect(sliced).toEqual(extractPageText(root));
    }
  });

  it('asks shouldYield every YIELD_CHECK_INTERVAL nodes and yields only when told to', async () => {
    const root = findArticleRoot(bigPage());
    const nodes = document.createTreeWalker(root, 0x1 | 0x4);
    let count = 0;
    while (nodes.nextNode()) count += 1;

    const shouldYield = vi.fn(() => shouldYield.mock.calls.length % 2 === 0);
    const yieldToPage = vi.fn(() => Promise.resolve());
    await extractPageTextSliced(root, { shouldYield, yieldToPage });
    expect(shouldYield).toHaveBeenCalled();
    expect(shouldYield.mock.calls.length).toBeLessThanOrEqual(Math.ceil((2 * count) / YIELD_CHECK_INTERVAL));
    expect(yieldToPage).toHaveBeenCalledTimes(Math.floor(shouldYield.mock.calls.length / 2));

    const quiet = vi.fn(() => Promise.resolve());
    await extractPageTextSliced(root, { shouldYield: never, yieldToPage: quiet });
    expect(quiet).not.toHaveBeenCalled();
  });

  it('passes maxChars and ignore through', async () => {
    const root = findArticleRoot(bigPage());
    const options = { maxChars: 500, ignore: (el: Element) => el.localName === 'em' };
    const page: PageText = await extractPageTextSliced(root, { ...options, shouldYield: never, yieldToPage: () => Promise.resolve() });
    expect(page).toEqual(extractPageText(root, options));
    expect(page.text.length).toBe(500);
    expect(page.text).not.toContain('emphasis');
  });

  it('does not throw when the page removes or moves nodes while it yields', async () => {
    for (const mutate of [
      (root: Element) => root.replaceChildren(),
      (root: Element) => root.ownerDocument.body.append(...Array.from(root.children).slice(0, 200)),
      (root: Element) => root.remove(),
    ]) {
      const doc = bigPage();
      const root = findArticleRoot(doc);
      let yields = 0;
      const page = await extractPageTextSliced(root, {
        shouldYield: () => true,
        yieldToPage: async () => {
          if (++yields === 2) mutate(root);
        },
      });
      expectChunksMapBack(page);
      expect(page.text.length).toBeGreaterThan(0);
    }
  });
});
