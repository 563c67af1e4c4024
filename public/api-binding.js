// Runs before the page has any element (document_start), in the same content-script world as
// content-scripts/content.js. Touching the extension namespaces here binds them to this world's
// own `chrome` and `browser` objects. Left until document_idle, Chromium binds them to whatever
// `window.chrome` / `window.browser` names when first touched, and a page element with
// id="chrome" or id="browser" is such a name: its form fields (<input name="runtime">) then shadow
// the real namespaces and the content script cannot start. Plain JavaScript and nothing else, so
// it costs the page next to nothing: no DOM, no messages, nothing the page can see.
'use strict';
void (globalThis.chrome && globalThis.chrome.runtime);
void (globalThis.browser && globalThis.browser.runtime);
