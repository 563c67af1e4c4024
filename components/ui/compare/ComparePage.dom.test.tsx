import { beforeAll, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { all, click, mount, one, rerender, text } from '../fixtures/dom';
import { ComparePage, type ComparePageProps } from './ComparePage';
import { mockCompareSet, mockReport } from './fixtures/mock-compare';

beforeAll(() => {
  // jsdom lays nothing out and has no scrollIntoView.
  Element.prototype.scrollIntoView = vi.fn();
});

function props(over: Partial<ComparePageProps> = {}): ComparePageProps {
  return {
    claimSet: mockCompareSet,
    report: mockReport,
    tabRequested: true,
    onDownloadClaims: vi.fn(() => ({ kind: 'saved' as const, fileName: 'old-bridge-closure-claims.jsonld' })),
    onDownloadAnnotations: vi.fn(async () => ({ kind: 'saved' as const, fileName: 'news-example-highlights.jsonld' })),
    ...over,
  };
}

const rowIds = (root: HTMLElement) => all(root, 'tr[data-claim-id]').map((r) => r.dataset.claimId);
const choose = (root: HTMLElement, name: string, value: string) => click(one(root, `input[name="${name}"][value="${value}"]`));
const flush = () => act(async () => await new Promise((resolve) => setTimeout(resolve, 20)));

describe('ComparePage', () => {
  it('heads the page with the story and the page it is compared with', () => {
    const root = mount(<ComparePage {...props()} />);
    expect(text(one(root, 'h1'))).toBe('The Old Town bridge closes for repairs');
    expect(text(one(root, '.compare-header__summary'))).toBe(mockCompareSet.story.summary);
    expect(text(one(root, '.compare-header__url'))).toBe('Compared with the page news.example/local/bridge');
    expect(text(one(root, '[data-coverage]'))).toBe('3 claims found on this page');
    expect(all(root, 'h2').map(text)).toEqual(['Export', 'Claims by outlet', 'Timeline']);
  });

  it('says why there is no "This page" column: no tab named, no answer; and while asking', () => {
    const noTab = mount(<ComparePage {...props({ report: null, tabRequested: false })} />);
    expect(text(one(noTab, '.compare-header__page'))).toBe('Opened without a page: there is no "This page" column.');
    expect(all(noTab, 'thead th').map(text)).not.toContain('This page');
    expect(noTab.querySelector('[data-export="annotations"]')).toBeNull();
    expect(noTab.querySelector('input[value="on-page"]')).toBeNull();
    const silent = mount(<ComparePage {...props({ report: null })} />);
    expect(text(one(silent, '.compare-header__page'))).toContain("The page in that tab didn't answer");
    const loading = mount(<ComparePage {...props({ report: null, loading: true })} />);
    expect(text(one(loading, '.compare-header__page'))).toBe('Checking this page…');
  });

  it('lists every claim by topic at first, and most contested first on request', () => {
    const root = mount(<ComparePage {...props()} />);
    expect(rowIds(root)).toEqual(['bridge-closed-monday', 'mayor-ordered-closure', 'repair-cost-4m', 'reopen-in-spring', 'cracks-found-in-june']);
    choose(root, 'compare-sort', 'contested');
    expect(rowIds(root)).toEqual(['mayor-ordered-closure', 'repair-cost-4m', 'reopen-in-spring', 'bridge-closed-monday', 'cracks-found-in-june']);
    expect(root.querySelector('th[scope="rowgroup"]')).toBeNull();
    expect(text(one(root, '[role="status"][aria-atomic]'))).toBe('Showing 5 of 5 claims');
  });

  it('filters to the disputed or contested, to the claims on the page, and to a topic, with counts', () => {
    const root = mount(<ComparePage {...props()} />);
    expect(all(root, '.controls__option').map(text)).toEqual(['By topic', 'Most contested first', 'All 5', 'Disputed or contested 3', 'On this page 3']);
    choose(root, 'compare-filter', 'disputed');
    expect(rowIds(root)).toEqual(['mayor-ordered-closure', 'repair-cost-4m', 'reopen-in-spring']);
    choose(root, 'compare-filter', 'on-page');
    expect(rowIds(root)).toEqual(['bridge-closed-monday', 'repair-cost-4m', 'cracks-found-in-june']);
    const topic = one<HTMLSelectElement>(root, 'select');
    act(() => {
      topic.value = 'what-was-proposed';
      topic.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(rowIds(root)).toEqual(['repair-cost-4m']);
    expect(text(one(root, '[role="status"][aria-atomic]'))).toBe('Showing 1 of 5 claims');
    expect(all(root, '.controls__count').map(text)).toEqual(['2', '2', '1']);
  });

  it('shows the timeline in date order, the first report included, each with its source', () => {
    const root = mount(<ComparePage {...props()} />);
    const items = all(root, '.timeline__item');
    expect(items.map((i) => i.dataset.development)).toEqual(['ledger-first-report', 'engineers-reconfirm', 'mayor-denial']);
    expect(text(one(items[0]!, '.timeline__who'))).toBe('The Daily Ledger · first report');
    expect(text(one(items[2]!, '.timeline__meta'))).toBe('Bears on 2 claims');
    expect(text(one(items[1]!, '.timeline__meta'))).toBe('Bears on 1 claim');
    const link = one<HTMLAnchorElement>(items[2]!, 'a');
    expect(link.href).toBe('https://cityhall.example/radio/mayor-interview');
    expect(text(link)).toBe('City Hall Radio (opens in a new tab)');
  });

  it('brings the claim asked about into view and gives it the focus, once the page has answered', async () => {
    const root = mount(<ComparePage {...props({ report: null, loading: true, askedClaimId: 'cracks-found-in-june' })} />);
    rerender(root, <ComparePage {...props({ askedClaimId: 'cracks-found-in-june' })} />);
    await flush();
    const header = one(root, 'tr[data-claim-id="cracks-found-in-june"] th');
    expect(header.scrollIntoView).toHaveBeenCalled();
    expect(root.ownerDocument.activeElement).toBe(header);
  });

  it('ignores a claim asked about that the set does not hold', () => {
    const root = mount(<ComparePage {...props({ askedClaimId: 'no-such-claim' })} />);
    expect(root.querySelector('tr[aria-current]')).toBeNull();
  });

  it('downloads through its callbacks and says how it went', async () => {
    const p = props();
    const root = mount(<ComparePage {...p} />);
    const status = one(root, '.exports__status');
    click(one(root, '[data-export="claims"]'));
    expect(p.onDownloadClaims).toHaveBeenCalledTimes(1);
    expect(text(status)).toBe('Saved old-bridge-closure-claims.jsonld');
    click(one(root, '[data-export="annotations"]'));
    await flush();
    expect(p.onDownloadAnnotations).toHaveBeenCalledTimes(1);
    expect(text(status)).toBe('Saved news-example-highlights.jsonld');
  });
});
