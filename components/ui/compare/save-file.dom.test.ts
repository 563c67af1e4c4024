import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileNamePart, REVOKE_AFTER_MS, saveTextFile } from './save-file';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('saveTextFile', () => {
  it('clicks a temporary download link to a Blob of the text, then removes it and frees the Blob later', async () => {
    vi.useFakeTimers();
    // jsdom has no object URLs.
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:test/1'));
    URL.revokeObjectURL = vi.fn();
    const clicked: Array<{ href: string; download: string; inDocument: boolean }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, inDocument: document.contains(this) });
    });
    saveTextFile(document, 'claims.jsonld', 'application/ld+json', '{"a":1}');
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'claims.jsonld', inDocument: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(blobs[0]!.type).toBe('application/ld+json');
    expect(await blobs[0]!.text()).toBe('{"a":1}');
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test/1');
  });
});

describe('fileNamePart', () => {
  it.each([
    ['www.news.example', 'www-news-example'],
    ['127.0.0.1:8080', '127-0-0-1-8080'],
    ['India–Russia  Talks!', 'india-russia-talks'],
    ['', 'page'],
    ['---', 'page'],
  ])('%s -> %s', (input, expected) => {
    expect(fileNamePart(input)).toBe(expected);
  });
});
