// The story tools for Hindi pages, injected like entrypoints/story-tools.ts once a Hindi gate
// has accepted the page: the Hindi core and the story pack with its Hindi words.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { storyPackHi } from '../data/languages/hi';
import { hindi } from '../components/matching/languages/hi';
import { installToolsFor } from '../components/story-tools-build';

export default defineUnlistedScript(() => installToolsFor(storyPackHi, hindi));
