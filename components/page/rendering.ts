// Whether an element is rendered, from its computed style: one cheap query per element (never per
// text node), with `checkVisibility()` as the fast path where the browser has it.

/**
 * - `shown`: rendered and visible.
 * - `invisible`: `visibility: hidden | collapse`; its own text is not seen, but a descendant can
 *   turn visible again, so its subtree must still be read.
 * - `not-rendered`: `display: none`; nothing inside can be seen.
 */
export type Rendering = 'shown' | 'invisible' | 'not-rendered';

type InlineStyled = Partial<ElementCSSInlineStyle>;

export function renderingOf(el: Element): Rendering {
  // checkVisibility() is false for display:none (here or above), content-visibility:hidden and,
  // with these options, visibility:hidden. True settles it without building a style object;
  // false is rare and ambiguous (display:contents has no box either), so ask the computed style.
  // Both option names are given: checkVisibilityCSS is the older spelling of visibilityProperty.
  if (typeof el.checkVisibility === 'function' && el.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true })) {
    return 'shown';
  }
  const view = el.ownerDocument.defaultView;
  // A document without a window (DOMParser, createHTMLDocument) has no computed style: only the
  // inline style can tell.
  const style = view ? view.getComputedStyle(el) : (el as InlineStyled).style;
  if (!style) return 'shown';
  if (style.display === 'none') return 'not-rendered';
  if (style.visibility === 'hidden' || style.visibility === 'collapse') return 'invisible';
  return 'shown';
}
