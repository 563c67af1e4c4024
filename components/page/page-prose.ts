// What change watching (change-watcher.ts) measures of the page: how much prose it holds, and
// whether an attribute change hides or shows what it is on. Pure DOM reads, no state.

/** Attributes that hide or show what they are on. */
export const HIDING_ATTRIBUTES = ['hidden', 'aria-hidden', 'inert', 'open'];
/** Attributes that may hide or show, through the page's stylesheets. */
export const STYLING_ATTRIBUTES = ['class', 'style'];
/** Text that is no prose of the page, left out of its measure (an ad's inline script is not a story). */
const NOT_PROSE = 'script, style, noscript, template';

/** Does attribute `name`, with `value` (null: absent), hide `el`? */
export const hides = (name: string | null, value: string | null, el: Element): boolean => {
  switch (name) {
    case 'hidden':
    case 'inert':
      return value !== null;
    case 'aria-hidden':
      return value?.trim().toLowerCase() === 'true';
    case 'open':
      return (el.localName === 'details' || el.localName === 'dialog') && value === null;
    default:
      return false;
  }
};

/** Characters of prose text under a document's body or a shadow root. */
export function proseChars(scope: ParentNode & Node): number {
  let chars = scope.textContent?.length ?? 0;
  for (const el of scope.querySelectorAll(NOT_PROSE)) chars -= el.textContent?.length ?? 0;
  return chars;
}
