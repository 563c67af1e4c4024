// Injected by the background into a page's content-script world once a story gate has accepted
// an English page (never listed in the manifest, never visible to the page): the matcher with the
// story pack's data, and the hover card. See components/story-tools.ts; other languages have
// story-tools-<code>.ts beside this file.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { storyPack } from '../data/packs';
import { english } from '../components/matching/languages/en';
import { installToolsFor } from '../components/story-tools-build';

export default defineUnlistedScript(() => installToolsFor(storyPack, english));
