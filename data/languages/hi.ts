// The bundled story pack as the matcher reads Hindi pages: the pack with its Hindi folder merged
// over it (data/pack-files.ts withLanguage). Imported only by entrypoints/story-tools-hi.ts.
import entities from '../stories/india-russia-defence-jv-talks-2025/languages/hi/entities.json';
import vocabulary from '../stories/india-russia-defence-jv-talks-2025/languages/hi/vocabulary.json';
import gate from '../stories/india-russia-defence-jv-talks-2025/languages/hi/gate.json';
import claims from '../stories/india-russia-defence-jv-talks-2025/languages/hi/claims.json';
import { storyPack } from '../packs';
import { withLanguageFolder, type LanguageFolder } from '../pack-files';

export const storyPackHi = withLanguageFolder(storyPack, { entities, vocabulary, gate, claims } as LanguageFolder);
