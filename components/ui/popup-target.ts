// Which tab the popup is about, and the host permission that lets the extension read its page.
// Pure: the popup entrypoint passes in `location.search` and the tab's address.
import { parseWebUrl } from '../web-url';

/**
 * The popup normally speaks of the active tab. End-to-end tests open `popup.html` in a tab of its
 * own, where the active tab is the popup itself, so they name the target: `popup.html?tab=<id>`.
 * A `tab` parameter that is not a positive integer targets nothing (rather than the wrong tab).
 */
export type TabRequest = { kind: 'active' } | { kind: 'tab'; tabId: number } | { kind: 'invalid' };

export function tabRequestFromSearch(search: string): TabRequest {
  const value = new URLSearchParams(search).get('tab');
  if (value === null) return { kind: 'active' };
  const tabId = Number(value);
  return /^[1-9][0-9]*$/.test(value) && Number.isSafeInteger(tabId) ? { kind: 'tab', tabId } : { kind: 'invalid' };
}

/**
 * The match pattern of the page's site (`https://example.org/*`), for `permissions.contains`;
 * null for pages the extension never reads (browser pages, files, unparsable addresses).
 * Match patterns carry no port, and one without a port matches every port.
 */
export function hostPermissionPattern(url: string): string | null {
  const u = parseWebUrl(url);
  return u && `${u.protocol}//${u.hostname}/*`;
}
