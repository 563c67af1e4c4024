// The bundled story pack as the matcher reads Russian pages: the pack with its Russian folder merged
// over it (data/pack-files.ts withLanguage). Imported only by entrypoints/story-tools-ru.ts.
import entities from '../stories/india-russia-defence-jv-talks-2025/languages/ru/entities.json';
import vocabulary from '../stories/india-russia-defence-jv-talks-2025/languages/ru/vocabulary.json';
import gate from '../stories/india-russia-defence-jv-talks-2025/languages/ru/gate.json';
import claims from '../stories/india-russia-defence-jv-talks-2025/languages/ru/claims.json';
import { storyPack } from '../packs';
import { withLanguageFolder, type LanguageFolder } from '../pack-files';

export const storyPackRu = withLanguageFolder(storyPack, { entities, vocabulary, gate, claims } as LanguageFolder);
