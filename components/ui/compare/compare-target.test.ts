import { describe, expect, it } from 'vitest';
import { compareTargetFromSearch } from './compare-target';

const CLAIMS = ['bharat-forge-attended', 'adani-defence-attended'];

describe('compareTargetFromSearch (compare.html?tab=<id>&claim=<id>)', () => {
  it.each([
    ['', { tabId: null, claimId: null }],
    ['?tab=12', { tabId: 12, claimId: null }],
    ['?tab=12&claim=bharat-forge-attended', { tabId: 12, claimId: 'bharat-forge-attended' }],
    ['?claim=adani-defence-attended', { tabId: null, claimId: 'adani-defence-attended' }],
    // A tab that is not a positive integer targets nothing.
    ['?tab=0', { tabId: null, claimId: null }],
    ['?tab=-3', { tabId: null, claimId: null }],
    ['?tab=1.5', { tabId: null, claimId: null }],
    ['?tab=12abc', { tabId: null, claimId: null }],
    ['?tab=99999999999999999999', { tabId: null, claimId: null }],
    // A claim that is not a known slug is ignored.
    ['?tab=4&claim=no-such-claim', { tabId: 4, claimId: null }],
    ['?tab=4&claim=Bharat-Forge-Attended', { tabId: 4, claimId: null }],
    ['?tab=4&claim=%3Cimg%20src%3Dx%3E', { tabId: 4, claimId: null }],
    ['?tab=4&claim=', { tabId: 4, claimId: null }],
  ])('%s', (search, expected) => {
    expect(compareTargetFromSearch(search, CLAIMS)).toEqual(expected);
  });
});
