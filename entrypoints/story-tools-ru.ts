// The story tools for Russian pages, injected like entrypoints/story-tools.ts once a Russian gate
// has accepted the page: the Russian core and the story pack with its Russian words.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { storyPackRu } from '../data/languages/ru';
import { russian } from '../components/matching/languages/ru';
import { installToolsFor } from '../components/story-tools-build';

export default defineUnlistedScript(() => installToolsFor(storyPackRu, russian));
