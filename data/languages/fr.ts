// The bundled story pack as the matcher reads French pages: the pack with its French folder merged
// over it (data/pack-files.ts withLanguage). Imported only by entrypoints/story-tools-fr.ts.
import entities from '../stories/india-russia-defence-jv-talks-2025/languages/fr/entities.json';
import vocabulary from '../stories/india-russia-defence-jv-talks-2025/languages/fr/vocabulary.json';
import gate from '../stories/india-russia-defence-jv-talks-2025/languages/fr/gate.json';
import claims from '../stories/india-russia-defence-jv-talks-2025/languages/fr/claims.json';
import { storyPack } from '../packs';
import { withLanguageFolder, type LanguageFolder } from '../pack-files';

export const storyPackFr = withLanguageFolder(storyPack, { entities, vocabulary, gate, claims } as LanguageFolder);
