// Address watching: single-page navigation, seen from the content script's own world, which cannot
// see the page's history.pushState calls. The Navigation API says when the current entry changes.
// Where it is missing (Firefox before 147), the address is compared on what comes with navigation:
// popstate, hashchange, a click (routers push in their click handlers), the tab shown again, a
// scroll ending (infinite-scroll sites replace the address as the next story comes up), and the
// change watcher's batches (an app redraws when it navigates). No timer polls on any page.

export interface AddressWatch {
  /** Compares the address now; calls `onChange` when it differs from the last one seen. */
  check(): void;
  /** True without the Navigation API: the change watcher should call `check` on its batches. */
  readonly needsMutationChecks: boolean;
}

export interface AddressWatchOptions {
  win: Window & typeof globalThis;
  signal: AbortSignal;
  onChange(address: string): void;
  /** Test hook: behave as where the Navigation API is missing. */
  withoutNavigationApi?: boolean;
}

export function watchAddress({ win, signal, onChange, withoutNavigationApi = false }: AddressWatchOptions): AddressWatch {
  const addressOf = () => win.location?.href ?? '';
  let last = addressOf();
  const check = () => {
    if (signal.aborted) return;
    const address = addressOf();
    if (address === last) return;
    last = address;
    onChange(address);
  };
  const listen = (target: EventTarget, type: string, handler: () => void) =>
    target.addEventListener(type, handler, { capture: true, passive: true, signal });

  const navigation = withoutNavigationApi ? undefined : (win as { navigation?: EventTarget }).navigation;
  if (navigation) {
    listen(navigation, 'currententrychange', check);
    return { check, needsMutationChecks: false };
  }
  listen(win, 'popstate', check);
  listen(win, 'hashchange', check);
  listen(win, 'pageshow', check);
  listen(win.document, 'visibilitychange', check);
  listen(win, 'scrollend', check);
  // The router runs in the page's click handler, after ours (capture): look once it has.
  listen(win.document, 'click', () => void win.setTimeout(check, 0));
  return { check, needsMutationChecks: true };
}
