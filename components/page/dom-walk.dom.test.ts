import { afterEach, describe, expect, it } from 'vitest';
import { containsComposed, walkTree } from './dom-walk';
import { extractPageText } from './extract-text';

afterEach(() => {
  document.body.replaceChildren();
});

/** The walk as a string: "<tag" entering, ">" leaving, text as is. */
function trace(root: Node, accept: (el: Element) => boolean = () => true): string {
  let out = '';
  for (const { node, entering } of walkTree(root, accept)) {
    if (node.nodeType === 3) out += (node as Text).data;
    else out += entering ? `<${(node as Element).localName}` : '>';
  }
  return out;
}

function host(html: string, shadowHtml: string, mode: ShadowRootMode = 'open'): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  el.attachShadow({ mode }).innerHTML = shadowHtml;
  document.body.append(el);
  return el;
}

describe('walkTree in the flat tree', () => {
  it('walks light DOM in document order, entering and leaving elements', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>a<b>b</b></p><p>c</p>';
    expect(trace(root)).toBe('<pa<bb>><pc>');
  });

  it('walks an open shadow root in place of its host’s light children', () => {
    const el = host('<span>light, not slotted</span>', '<p>shadow text</p>');
    expect(trace(el)).toBe('<pshadow text>');
  });

  it('puts slotted light children where their slot is, in slot order', () => {
    const el = host('<i slot="b">second</i><b>first</b>', '<p><slot></slot> then <slot name="b"></slot></p>');
    expect(trace(el)).toBe('<p<slot<bfirst>> then <slot<isecond>>>');
  });

  it('reads a slot’s fallback content when nothing is assigned to it', () => {
    const el = host('', '<p><slot>fallback</slot></p>');
    expect(trace(el)).toBe('<p<slotfallback>>');
  });

  it('walks nested open shadow roots', () => {
    const outer = host('', '<section><div id="inner"></div></section>');
    const inner = outer.shadowRoot!.getElementById('inner')!;
    inner.attachShadow({ mode: 'open' }).innerHTML = '<p>deep</p>';
    expect(trace(outer)).toBe('<section<div<pdeep>>>');
  });

  it('leaves closed shadow roots alone and reads the host’s light children', () => {
    const el = host('<span>light</span>', '<p>private</p>', 'closed');
    expect(trace(el)).toBe('<spanlight>');
  });

  it('never descends into a rejected element, shadow root included', () => {
    const el = host('', '<p>kept</p><aside>dropped</aside>');
    expect(trace(el, (e) => e.localName !== 'aside')).toBe('<pkept>');
  });

  it('does not throw or leave the root when the page removes the node being walked', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>one</p><p>two</p><p>three</p>';
    document.body.append(root, Object.assign(document.createElement('p'), { textContent: 'outside' }));
    const seen: string[] = [];
    for (const { node } of walkTree(root, () => true)) {
      if (node.nodeType === 3) seen.push((node as Text).data);
      if ((node as Element).localName === 'p' && node.textContent === 'two') (node as Element).remove();
    }
    expect(seen).not.toContain('outside');
    expect(seen).toContain('one');
  });
});

describe('reading text through shadow roots', () => {
  it('extractPageText reads a web component’s shadow paragraphs with their slotted byline', () => {
    const el = host('<span slot="byline">By A Writer</span>', '<h2>Headline</h2><p><slot name="byline"></slot></p><p>Body text.</p>');
    expect(extractPageText(el).text).toBe('Headline\nBy A Writer\nBody text.');
  });
});

describe('containsComposed', () => {
  it('counts a node in a shadow tree as inside its host and the host’s ancestors', () => {
    const el = host('', '<p>x</p>');
    const p = el.shadowRoot!.querySelector('p')!;
    expect(containsComposed(el, p)).toBe(true);
    expect(containsComposed(document.body, p.firstChild!)).toBe(true);
    expect(el.contains(p)).toBe(false);
    expect(containsComposed(p, el)).toBe(false);
  });
});
