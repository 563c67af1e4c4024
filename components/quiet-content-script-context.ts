// WXT's ContentScriptContext, without its page-visible announcement. WXT 0.21 announces every
// content script start with a window.postMessage and a DOM CustomEvent named after the extension
// id: any page can read them (revealing the extension) and forge them (a forged "newer script
// started" event invalidates the real script). It has no option to turn that off, so the build
// aliases `wxt/utils/content-script-context` to this subclass (see wxt.config.ts).
// A newer copy of the content script (after an update, or injected again on click) still stops
// the older one, through a slot in the extension's isolated world that pages cannot reach.
import { ContentScriptContext as WxtContentScriptContext } from 'wxt-original/content-script-context';

const SLOT = Symbol.for('claim-crosscheck.stop-previous-content-script');
type Slot = Record<typeof SLOT, (() => void) | undefined>;

export class ContentScriptContext extends WxtContentScriptContext {
  override stopOldScripts(): void {
    const slot = globalThis as unknown as Slot;
    slot[SLOT]?.();
    const stop = () => this.notifyInvalidated();
    slot[SLOT] = stop;
    this.onInvalidated(() => {
      if (slot[SLOT] === stop) slot[SLOT] = undefined;
    });
  }

  override listenForNewerScripts(): void {
    // Newer scripts call the slot directly (see stopOldScripts); nothing to hear from the page.
  }
}
