import { afterEach, describe, expect, it } from 'vitest';
import { loadPage, readFixture } from '../../tests/fixtures/dom/load';
import { compareReadingOrder, findArticleRoots } from './article-roots';
import { openShadowRoots, pageDocuments } from './page-documents';

/** A paragraph of about `chars` characters of prose. */
const prose = (label: string, chars = 260) => {
  const sentence = `${label} reported that the committee met again on Thursday and agreed on the next steps. `;
  return `<p>${sentence.repeat(Math.ceil(chars / sentence.length))}</p>`;
};

const ids = (els: Element[]) => els.map((e) => e.id || e.localName);

afterEach(() => {
  document.body.replaceChildren();
});

describe('findArticleRoots', () => {
  it('on a news page: the articleBody alone (the article around it adds only a headline), no comment', () => {
    const doc = loadPage(readFixture('news-article.html'));
    expect(findArticleRoots(doc).map((e) => e.getAttribute('itemprop'))).toEqual(['articleBody']);
  });

  it('a live blog: each post long enough is a root of its own, in page order, and the blog’s own intro one more', () => {
    const doc = loadPage(`<main><article id="blog"><h1>Live</h1>${prose('The intro')}
      <article id="p1">${prose('Post one')}</article><article id="p2">${prose('Post two')}</article>
      <article id="p3">${prose('Post three')}</article></article></main>`);
    expect(ids(findArticleRoots(doc))).toEqual(['blog', 'p1', 'p2', 'p3']);
  });

  it('a live blog of short posts is one root: too little text in a post to judge it alone', () => {
    const doc = loadPage(`<article id="blog"><h1>Live</h1><article><p>A short post.</p></article>
      <article><p>Another short post.</p></article>${prose('The summary')}</article>`);
    expect(ids(findArticleRoots(doc))).toEqual(['blog']);
  });

  it('an infinite scroll: every story appended is a root, whichever is longer, in page order', () => {
    const doc = loadPage(`<main><div class="feed"><article id="first">${prose('First', 300)}</article>
      <article id="second">${prose('Second', 3000)}</article></div></main>`);
    expect(ids(findArticleRoots(doc))).toEqual(['first', 'second']);
  });

  it('leaves out comment threads, related boxes, furniture, hidden and inert content', () => {
    const doc = loadPage(`<article id="story">${prose('Story')}</article>
      <section class="comments"><ol><li><article id="c1">${prose('Comment')}</article></li></ol></section>
      <div class="related-stories"><article id="r1">${prose('Related')}</article></div>
      <aside><article id="a1">${prose('Aside')}</article></aside>
      <div aria-hidden="true"><article id="h1">${prose('Hidden')}</article></div>
      <div inert><article id="i1">${prose('Inert')}</article></div>`);
    expect(ids(findArticleRoots(doc))).toEqual(['story']);
  });

  it('does not read page-wide class names far up as a sidebar or menu', () => {
    const doc = loadPage(`<div class="has-sidebar menu-open"><div><div><div><article id="story">${prose('Story')}</article></div></div></div></div>`);
    expect(ids(findArticleRoots(doc))).toEqual(['story']);
  });

  it('behind a consent wall (the page wrapper aria-hidden and inert), no article; once the wall goes, the article', () => {
    const doc = loadPage(`<div id="page" aria-hidden="true" inert><main><article id="story">${prose('Story')}</article></main></div>
      <div role="dialog" id="wall"><p>We value your privacy.</p></div>`);
    expect(ids(findArticleRoots(doc))).not.toContain('story');
    const page = doc.getElementById('page')!;
    page.removeAttribute('aria-hidden');
    page.removeAttribute('inert');
    expect(ids(findArticleRoots(doc))).toEqual(['story']);
  });

  it('finds an article inside an open shadow root, in its place among the others', () => {
    const doc = loadPage(`<article id="before">${prose('Before')}</article><story-view id="host"></story-view>
      <article id="after">${prose('After')}</article>`);
    const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    const inner = doc.createElement('article');
    inner.id = 'in-shadow';
    inner.append(Object.assign(doc.createElement('p'), { textContent: 'Inside the component, the committee met again on Thursday. '.repeat(6) }));
    shadow.append(inner);
    expect(ids(findArticleRoots(doc, openShadowRoots(doc)))).toEqual(['before', 'in-shadow', 'after']);
  });

  it('falls back to main, then the densest block, then the body', () => {
    expect(ids(findArticleRoots(loadPage(`<nav>Menu</nav><main id="m">${prose('Main')}</main>`)))).toEqual(['m']);
    expect(ids(findArticleRoots(loadPage(`<div id="menu"><a href="/">Home</a></div><div id="col">${prose('A')}${prose('B')}</div>`)))).toEqual(['col']);
    expect(ids(findArticleRoots(loadPage('<p>Short.</p>')))).toEqual(['body']);
  });
});

describe('pageDocuments and reading order across frames', () => {
  it('lists the page, then its same-origin frames; orders a frame’s nodes at the frame’s place', () => {
    const doc = loadPage(`<article id="top">${prose('Top')}</article><iframe id="f"></iframe><p id="last">Last</p>`);
    const frame = doc.getElementById('f') as HTMLIFrameElement;
    const inner = frame.contentDocument!;
    inner.body.append(Object.assign(inner.createElement('article'), { id: 'framed', textContent: 'Framed text.' }));
    const docs = pageDocuments(doc);
    expect(docs.map((d) => d.frame?.id ?? 'page')).toEqual(['page', 'f']);
    const framed = inner.getElementById('framed')!;
    expect(compareReadingOrder(doc.getElementById('top')!, framed)).toBe(-1);
    expect(compareReadingOrder(framed, doc.getElementById('last')!)).toBe(-1);
    expect(compareReadingOrder(doc.getElementById('last')!, framed)).toBe(1);
  });
});
