// Saves text as a file the way a page can without the downloads permission: a Blob, a temporary
// `<a download>` clicked, then removed. DOM only; the document is passed in.

/** Long enough for the browser to have started reading the Blob; Firefox cancels if it is revoked at once. */
export const REVOKE_AFTER_MS = 60_000;

export function saveTextFile(doc: Document, fileName: string, type: string, text: string): void {
  const win = doc.defaultView;
  if (!win) throw new Error('saveTextFile needs a document with a window');
  const url = win.URL.createObjectURL(new win.Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  win.setTimeout(() => win.URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** A file name from free text: lowercase letters, digits and single hyphens only. */
export function fileNamePart(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'page'
  );
}
