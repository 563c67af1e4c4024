// The browser and fixture server of one e2e test file, as module bindings: for the files that share
// their setup through a helper module (robustness-*, highlights and page-kinds, popup-*, compare-*).
// `useSuite` starts them before the file's tests and closes them after; the bindings are what the
// tests call. Each such file has a browser of its own, so each also checks, on closing, that no
// request left the machine (what one `privacy` test checked when these files were one).
import { afterAll, beforeAll, expect } from 'vitest';
import { closeSuite, startSuite, type ExtensionBrowser, type FixtureServer, type Suite } from './harness';

export let server: FixtureServer;
export let ext: ExtensionBrowser;
export let open: Suite['open'];
export let report: Suite['report'];
export let badge: Suite['badge'];
export let setSiteDisabled: Suite['setSiteDisabled'];

/** Registers the file's beforeAll (start, after `addPages`) and afterAll (no external request; close). */
export function useSuite(addPages?: (server: FixtureServer) => void | Promise<void>): void {
  beforeAll(async () => {
    ({ server, ext, open, report, badge, setSiteDisabled } = await startSuite(addPages));
  });
  afterAll(async () => {
    try {
      if (ext) expect(ext.externalRequests(), 'requests that left the machine').toEqual([]);
    } finally {
      await closeSuite({ server, ext });
    }
  });
}
