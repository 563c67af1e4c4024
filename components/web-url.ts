// Pages the extension reads are http(s) pages; everything else (browser pages, files, data:) and
// unparsable addresses are no page of ours.

/** `url` parsed, when it is an http or https address; null otherwise. */
export function parseWebUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** The host a site is known by: lower case, without a leading `www.`. */
export function siteHost(url: URL): string {
  return url.hostname.toLowerCase().replace(/^www\./, '');
}
