// The story tools for French pages, injected like entrypoints/story-tools.ts once a French gate
// has accepted the page: the French core and the story pack with its French words.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { storyPackFr } from '../data/languages/fr';
import { french } from '../components/matching/languages/fr';
import { installToolsFor } from '../components/story-tools-build';

export default defineUnlistedScript(() => installToolsFor(storyPackFr, french));
