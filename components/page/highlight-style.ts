// The look of the claim highlights, as a user-origin stylesheet the background inserts into the
// frames of a story page (scripting.insertCSS, origin "USER"): a user stylesheet reaches into
// shadow trees, which a page-level stylesheet does not, and its !important declarations win over
// the page's own, so a page cannot restyle a disputed claim to look confirmed. The names are this
// page load's random ones (highlighter.ts); only names of that shape are ever written into CSS.
import type { HighlightNames } from './highlighter';
import { CARD_HOST_TAG } from './claim-card';

/** What a highlight name must look like before it goes into a stylesheet: "h" and base-36 digits. */
export const HIGHLIGHT_NAME = /^h[0-9a-z]{16,40}$/;

export function isHighlightNames(value: unknown): value is HighlightNames {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const names = [v.confirmed, v.disputed, v.flash];
  return names.every((n) => typeof n === 'string' && HIGHLIGHT_NAME.test(n)) && new Set(names).size === 3 && Object.keys(v).length === 3;
}

/**
 * What tells a disputed claim from a confirmed one (background, underline, shadow) is set with
 * !important, so the page cannot change it; the text keeps the page's colour. Disputed claims
 * differ in underline style as well as colour, so colour is never the only signal.
 */
export function highlightCss(names: HighlightNames): string {
  const rule = (name: string, background: string, decoration: string) =>
    `::highlight(${name}) { background-color: ${background} !important; text-decoration: ${decoration} !important; text-shadow: none !important; }`;
  return [
    rule(names.confirmed, 'rgba(255, 204, 0, 0.3)', 'underline solid rgba(150, 110, 0, 0.9)'),
    rule(names.disputed, 'rgba(255, 120, 100, 0.25)', 'underline wavy #b3261e'),
    rule(names.flash, 'rgba(26, 95, 180, 0.35)', 'none'),
    // The card's host: the page may not hide it (its content sits in a closed shadow root and
    // shows in the top layer; hiding the host would hide that too).
    `${CARD_HOST_TAG} { display: block !important; visibility: visible !important; content-visibility: visible !important; }`,
  ].join('\n');
}
