import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { click, mount, one, text } from '../fixtures/dom';
import { CompareExports, type DownloadResult } from './CompareExports';

const flush = () => act(async () => await new Promise((resolve) => setTimeout(resolve, 10)));
const saved = (): DownloadResult => ({ kind: 'saved', fileName: 'claims.jsonld' });

describe('CompareExports', () => {
  it('offers the claims, and the page’s highlights only when there is a page', () => {
    const both = mount(<CompareExports onDownloadClaims={saved} onDownloadAnnotations={async () => saved()} />);
    expect(text(one(both, '[data-export="claims"]'))).toBe('Download the claims (JSON-LD)');
    expect(text(one(both, '[data-export="annotations"]'))).toBe("Download this page's highlights (Web Annotations)");
    const claimsOnly = mount(<CompareExports onDownloadClaims={saved} />);
    expect(claimsOnly.querySelector('[data-export="annotations"]')).toBeNull();
  });

  it.each([
    [{ kind: 'empty' } as DownloadResult, 'This page has no highlights to save.'],
    [{ kind: 'failed' } as DownloadResult, "Couldn't get this page's highlights. Reload the page and try again."],
  ])('announces %j', async (result, message) => {
    const root = mount(<CompareExports onDownloadClaims={saved} onDownloadAnnotations={async () => result} />);
    click(one(root, '[data-export="annotations"]'));
    await flush();
    expect(text(one(root, '[role="status"]'))).toBe(message);
  });

  it('says it failed when the page’s answer throws, and asks once at a time', async () => {
    let finish: (r: DownloadResult) => void = () => undefined;
    const ask = vi.fn(() => new Promise<DownloadResult>((resolve) => (finish = resolve)));
    const root = mount(<CompareExports onDownloadClaims={saved} onDownloadAnnotations={ask} />);
    const button = one(root, '[data-export="annotations"]');
    click(button);
    click(button);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    finish(saved());
    await flush();
    expect(button.getAttribute('aria-disabled')).toBe('false');
    const failing = mount(<CompareExports onDownloadClaims={saved} onDownloadAnnotations={() => Promise.reject(new Error('gone'))} />);
    click(one(failing, '[data-export="annotations"]'));
    await flush();
    expect(text(one(failing, '[role="status"]'))).toContain("Couldn't get this page's highlights");
  });
});
