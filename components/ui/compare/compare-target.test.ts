import { describe, expect, it } from 'vitest';
import type { ClaimSet } from '../../../data/schema';
import type { PageReport } from '../../messaging';
import { mockClaimSet, mockReport } from '../fixtures/mock-story';
import { chooseCompareStory, compareTargetFromSearch } from './compare-target';

const CLAIMS = ['bharat-forge-attended', 'adani-defence-attended'];

describe('compareTargetFromSearch (compare.html?tab=<id>&claim=<id>)', () => {
  it.each([
    ['', { tabId: null, storyId: null, claimId: null }],
    ['?tab=12', { tabId: 12, storyId: null, claimId: null }],
    ['?tab=12&claim=bharat-forge-attended', { tabId: 12, storyId: null, claimId: 'bharat-forge-attended' }],
    ['?claim=adani-defence-attended', { tabId: null, storyId: null, claimId: 'adani-defence-attended' }],
    // A tab that is not a positive integer targets nothing.
    ['?tab=0', { tabId: null, storyId: null, claimId: null }],
    ['?tab=-3', { tabId: null, storyId: null, claimId: null }],
    ['?tab=1.5', { tabId: null, storyId: null, claimId: null }],
    ['?tab=12abc', { tabId: null, storyId: null, claimId: null }],
    ['?tab=99999999999999999999', { tabId: null, storyId: null, claimId: null }],
    // A claim that is not a known slug is ignored.
    ['?tab=4&claim=no-such-claim', { tabId: 4, storyId: null, claimId: null }],
    ['?tab=4&claim=Bharat-Forge-Attended', { tabId: 4, storyId: null, claimId: null }],
    ['?tab=4&claim=%3Cimg%20src%3Dx%3E', { tabId: 4, storyId: null, claimId: null }],
    ['?tab=4&claim=', { tabId: 4, storyId: null, claimId: null }],
  ])('%s', (search, expected) => {
    expect(compareTargetFromSearch(search, CLAIMS)).toEqual(expected);
  });
});

describe('compareTargetFromSearch: the story', () => {
  it.each([
    ['?tab=3&story=tham-luang-cave-rescue-2018', 'tham-luang-cave-rescue-2018'],
    ['?story=Tham-Luang', null],
    ['?story=%3Cscript%3E', null],
    [`?story=${'a'.repeat(201)}`, null],
    ['?story=', null],
  ])('%s', (search, storyId) => {
    expect(compareTargetFromSearch(search).storyId).toBe(storyId);
  });

  it('takes any slug as the claim until the story is chosen', () => {
    expect(compareTargetFromSearch('?claim=narongsak-led-the-rescue').claimId).toBe('narongsak-led-the-rescue');
  });
});

describe('chooseCompareStory', () => {
  const ferry: ClaimSet = { ...mockClaimSet, story: { ...mockClaimSet.story, id: 'ferry-strike' }, claims: mockClaimSet.claims.map((c) => ({ ...c, id: `ferry-${c.id}` })) };
  const installed = [mockClaimSet, ferry];
  const target = (search: string) => compareTargetFromSearch(search);
  const onBoth: PageReport = { ...mockReport, stories: ['ferry-strike', 'old-bridge-closure'] };
  const chosen = (search: string, report: PageReport | null = null) => {
    const { story, claimId } = chooseCompareStory(installed, target(search), report);
    return [story.story.id, claimId];
  };

  it('the story asked for, when installed', () => {
    expect(chosen('?story=ferry-strike')).toEqual(['ferry-strike', null]);
    expect(chosen('?story=ferry-strike&claim=ferry-repair-cost-4m')).toEqual(['ferry-strike', 'ferry-repair-cost-4m']);
  });

  it('else the claim’s story, else the first the page covers, else the first installed', () => {
    expect(chosen('?claim=ferry-repair-cost-4m')).toEqual(['ferry-strike', 'ferry-repair-cost-4m']);
    expect(chosen('?tab=3', onBoth)).toEqual(['ferry-strike', null]);
    expect(chosen('?tab=3', mockReport)).toEqual(['old-bridge-closure', null]);
    expect(chosen('?story=removed-story', onBoth)).toEqual(['ferry-strike', null]);
    expect(chosen('')).toEqual(['old-bridge-closure', null]);
  });

  it('drops a claim that is not the chosen story’s', () => {
    expect(chosen('?story=old-bridge-closure&claim=ferry-repair-cost-4m')).toEqual(['old-bridge-closure', null]);
  });
});
