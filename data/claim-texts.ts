// The bundled story's claim texts in the other languages it is read in (each language folder's
// claims.json), merged into the claims by data/index.ts and data/packs.ts (pack-files withClaimTexts).
import claimsFr from './stories/india-russia-defence-jv-talks-2025/languages/fr/claims.json';
import claimsHi from './stories/india-russia-defence-jv-talks-2025/languages/hi/claims.json';
import claimsRu from './stories/india-russia-defence-jv-talks-2025/languages/ru/claims.json';

export const translatedClaims: ReadonlyArray<{ language: string; claims: ReadonlyArray<{ id: string; text: string }> }> = [claimsHi, claimsRu, claimsFr];
