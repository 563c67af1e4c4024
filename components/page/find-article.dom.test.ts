import { describe, expect, it } from 'vitest';
import { parsePage, readFixture } from '../../tests/fixtures/dom/load';
import { findArticleRoot } from './find-article';

const PARAGRAPH = 'The committee met for six hours on Thursday and agreed a plan to repair the bridge before the monsoon. ';
const prose = (sentences: number): string => PARAGRAPH.repeat(sentences).trim();

describe('findArticleRoot', () => {
  it('prefers itemprop=articleBody on a news page', () => {
    const doc = parsePage(readFixture('news-article.html'));
    expect(findArticleRoot(doc).className).toBe('story-body');
  });

  it('takes the story <article> over the comment <article>s and the nav, aside and footer', () => {
    const doc = parsePage(readFixture('news-article.html'));
    doc.querySelector('[itemprop]')?.removeAttribute('itemprop');
    expect(findArticleRoot(doc).className).toBe('story');
  });

  it('ignores an articleBody that is a <meta> or an empty shell', () => {
    const doc = parsePage(
      `<meta itemprop="articleBody" content="${prose(5)}"><div itemprop="articleBody"></div><article id="a"><p>${prose(3)}</p></article>`,
    );
    expect(findArticleRoot(doc).id).toBe('a');
  });

  it('picks the <article> with the most text when there are several', () => {
    const doc = parsePage(`<article id="short"><p>${prose(3)}</p></article><article id="long"><p>${prose(5)}</p></article>`);
    expect(findArticleRoot(doc).id).toBe('long');
  });

  it('skips <article>s inside furniture and teaser cards below the minimum', () => {
    const doc = parsePage(
      `<aside><article id="related"><p>${prose(9)}</p></article></aside><div role="complementary navigation"><article><p>${prose(9)}</p></article></div>` +
        `<article id="teaser"><h2>Short</h2></article><main id="m"><p>${prose(3)}</p></main>`,
    );
    expect(findArticleRoot(doc).id).toBe('m');
  });

  it('uses main or role=main when there is no article', () => {
    const doc = parsePage(`<div role="main" id="m"><p>${prose(3)}</p></div><div><p>x</p></div>`);
    expect(findArticleRoot(doc).id).toBe('m');
  });

  it('finds the densest block of paragraphs when there are no semantic elements', () => {
    const doc = parsePage(readFixture('div-soup.html'));
    expect(findArticleRoot(doc).className).toBe('text');
  });

  it('credits a grandparent when each paragraph has its own wrapper', () => {
    const wrapped = Array.from({ length: 4 }, () => `<div class="para"><p>${prose(1)}</p></div>`).join('');
    const doc = parsePage(`<div id="story">${wrapped}</div><div class="other"><p>${prose(1)}</p></div>`);
    expect(findArticleRoot(doc).id).toBe('story');
  });

  it('reads wrappers that hold one paragraph each as part of it, however deep', () => {
    // "div.para-blk > div.para-inner > p", as some broadcasters' sites write every paragraph; the
    // longest paragraph's own wrapper must not win over the column.
    const para = (sentences: number) => `<div class="para-blk"><div class="para-inner"><p>${prose(sentences)}</p></div></div>`;
    const doc = parsePage(`<div id="page"><div id="story">${para(2)}${para(1)}${para(3)}${para(1)}</div><div class="other"><p>${prose(1)}</p></div></div>`);
    expect(findArticleRoot(doc).id).toBe('story');
  });

  it('but a thread of short replies wrapped alike, or classless wrappers, does not outweigh a story of plain paragraphs', () => {
    const story = `<div id="story">${Array.from({ length: 4 }, () => `<p>${prose(3)}</p>`).join('')}</div>`;
    const reply = (cls: string) => `<div${cls}><div${cls ? ' class="rx-text"' : ''}><p>${prose(2)}</p></div></div>`;
    const replies = (cls: string) => `<div id="reactions">${Array.from({ length: 10 }, () => reply(cls)).join('')}</div>`;
    expect(findArticleRoot(parsePage(`${story}${replies(' class="rx"')}`)).id).toBe('story');
    expect(findArticleRoot(parsePage(`${story}${replies('')}`)).id).toBe('story');
  });

  it('scores text written with <br>s instead of paragraphs', () => {
    const doc = parsePage(`<div id="links"><a href="/">Home</a></div><div id="story">${prose(2)}<br><br>${prose(2)}</div>`);
    expect(findArticleRoot(doc).id).toBe('story');
  });

  it('discounts link-heavy blocks', () => {
    const links = Array.from({ length: 20 }, (_, i) => `<li><a href="/${i}">${PARAGRAPH}</a></li>`).join('');
    const doc = parsePage(`<ul id="menu">${links}</ul><div id="story"><p>${prose(3)}</p></div>`);
    expect(findArticleRoot(doc).id).toBe('story');
  });

  it('falls back to the body on a page of only navigation links', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<a href="/${i}">Section number ${i} of the site</a>`).join(' ');
    const doc = parsePage(`<nav>${links}</nav><div class="menu"><ul><li><a href="/x">${prose(4)}</a></li></ul></div>`);
    expect(findArticleRoot(doc)).toBe(doc.body);
  });

  it('falls back to the body on an empty page', () => {
    const doc = parsePage('');
    expect(findArticleRoot(doc)).toBe(doc.body);
  });

  it('returns the <frameset> of a frameset page', () => {
    const doc = parsePage('<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>');
    expect(findArticleRoot(doc).localName).toBe('frameset');
  });

  it('returns the root element when there is no body', () => {
    const doc = parsePage(`<p>${prose(3)}</p>`);
    doc.body.remove();
    expect(findArticleRoot(doc)).toBe(doc.documentElement);
    const xml = new DOMParser().parseFromString('<feed><entry>text</entry></feed>', 'application/xml');
    expect(findArticleRoot(xml)).toBe(xml.documentElement);
  });

  it('returns a detached empty element for a document with no element at all', () => {
    const doc = parsePage('');
    doc.documentElement.remove();
    const root = findArticleRoot(doc);
    expect(root.isConnected).toBe(false);
    expect(root.childNodes.length).toBe(0);
  });

  it('handles a deeply nested page (walk is iterative)', () => {
    // Parsed, not built with appendChild: jsdom's insertion is quadratic (and recursive) in depth.
    const doc = parsePage(`${'<div>'.repeat(2000)}<p id="deep">${prose(3)}</p>`);
    expect(findArticleRoot(doc)).toBe(doc.getElementById('deep')?.parentElement);
  });
});
