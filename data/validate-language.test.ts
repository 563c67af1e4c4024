import { describe, expect, it } from 'vitest';
import { storyPack } from './packs';
import { withLanguage } from './pack-files';
import { conceptsWithoutWords, validateLanguageFolder } from './validate-language';
import type { LanguageFiles } from './language-schema';

const STORY = storyPack.story.id;
const someClaim = storyPack.claims[0]!;
const someEntity = storyPack.entities.find((e) => e.kind === 'organisation')!;
const someConcept = storyPack.concepts[0]!;
const otherEntity = storyPack.entities.find((e) => e.kind === 'organisation' && e.id !== someEntity.id)!;
const holder = storyPack.entities.find((e) => e.posts?.length)!;

/** A small, valid Spanish folder (our words): one entity's names, one concept, a gate, one claim's text. */
function folder(): LanguageFiles {
  return {
    entities: { language: 'es', entities: [{ id: someEntity.id, names: ['la empresa X'], nouns: ['la empresa'] }] },
    vocabulary: { language: 'es', concepts: [{ id: someConcept.id, phrases: ['reunión'] }] },
    gate: { story: STORY, language: 'es', signals: [{ id: 'lugar', weight: 1, anchor: true, terms: ['Moscú'] }] },
    claims: { language: 'es', claims: [{ id: someClaim.id, text: 'Una frase neutral.' }] },
  };
}
const check = (files: unknown) => validateLanguageFolder(storyPack, 'es', files as Record<keyof LanguageFiles, unknown>);

describe('validateLanguageFolder', () => {
  it('accepts a folder that says the pack in other words', () => {
    expect(check(folder())).toEqual([]);
  });

  it('names the file and field of a malformed entry', () => {
    const files = folder();
    (files.vocabulary.concepts[0] as { phrases: unknown }).phrases = 'reunión';
    expect(check(files)).toEqual([expect.objectContaining({ path: expect.stringMatching(/^languages\/es\/vocabulary\.json: concepts\[.+\]\.phrases$/) })]);
  });

  it('refuses a post in an entity the pack does not have', () => {
    const files = folder();
    files.entities.entities[0]!.posts = [{ of: 'nobody', titles: ['su director'] }];
    expect(check(files)).toEqual([expect.objectContaining({ path: `languages/es/entities.json: entities[${someEntity.id}].posts[0].of`, message: 'unknown entity "nobody"' })]);
  });

  it('refuses ids the pack does not have', () => {
    const files = folder();
    files.entities.entities[0]!.id = 'nobody';
    files.vocabulary.concepts[0]!.id = 'nothing';
    files.claims.claims[0]!.id = 'no-such-claim';
    const messages = check(files).map((p) => p.message);
    expect(messages).toEqual(expect.arrayContaining([expect.stringContaining('unknown entity "nobody"'), expect.stringContaining('unknown concept "nothing"'), expect.stringContaining('unknown claim "no-such-claim"')]));
  });

  it('refuses a file in another language, a gate of another story, a gate without an anchor', () => {
    const files = folder();
    files.claims.language = 'pt';
    files.gate.story = 'another-story';
    files.gate.signals[0]!.anchor = false;
    const paths = check(files).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['languages/es/claims.json: language', 'languages/es/gate.json: story', 'languages/es/gate.json: signals']));
  });

  it('refuses a frame naming an unknown concept, and the pack language as a folder', () => {
    const files = folder();
    files.claims.claims[0]!.frame = { ...someClaim.frame, predicate: ['no-such-concept'] };
    expect(check(files).map((p) => p.message)).toContain('unknown entity or concept "no-such-concept"');
    expect(validateLanguageFolder(storyPack, storyPack.story.language, folder()).map((p) => p.path)).toContain(`languages/${storyPack.story.language}`);
  });

  it('never throws on junk', () => {
    for (const junk of [null, 42, 'text', [], { entities: null }]) {
      expect(() => validateLanguageFolder(storyPack, 'es', { entities: junk, vocabulary: junk, gate: junk, claims: junk })).not.toThrow();
      expect(validateLanguageFolder(storyPack, 'es', { entities: junk, vocabulary: junk, gate: junk, claims: junk }).length).toBeGreaterThan(0);
    }
  });

  it('lists the concepts the frames use that the folder has no words for', () => {
    const missing = conceptsWithoutWords(storyPack, folder());
    expect(missing).not.toContain(someConcept.id);
    expect(missing.length).toBeGreaterThan(0);
  });
});

describe('withLanguage', () => {
  const merged = withLanguage(storyPack, {
    language: 'es',
    entities: folder().entities.entities,
    concepts: folder().vocabulary.concepts,
    signals: folder().gate.signals,
    claims: [{ id: someClaim.id, frame: { ...someClaim.frame, place: [] } }],
  });

  it("keeps the pack's names and adds the language's, with the language's nouns only", () => {
    const entity = merged.entities.find((e) => e.id === someEntity.id)!;
    expect(entity.names).toEqual(['la empresa X', ...someEntity.names]);
    expect(entity.nouns).toEqual(['la empresa']);
    expect(merged.entities.filter((e) => e.id !== someEntity.id).every((e) => e.nouns === undefined)).toBe(true);
  });

  it("keeps an entity's posts with the language's titles only", () => {
    const posts = [{ of: otherEntity.id, titles: ['su director'] }];
    const withPosts = withLanguage(storyPack, { language: 'es', entities: [{ id: someEntity.id, posts }], concepts: [], signals: [], claims: [] });
    expect(withPosts.entities.find((e) => e.id === someEntity.id)!.posts).toEqual(posts);
    expect(holder.id).not.toBe(someEntity.id);
    expect(withPosts.entities.find((e) => e.id === holder.id)!.posts).toBeUndefined();
  });

  it("replaces the concepts and the gate, and a claim's frame only where given", () => {
    expect(merged.story.language).toBe('es');
    expect(merged.concepts).toEqual(folder().vocabulary.concepts);
    expect(merged.signals).toEqual(folder().gate.signals);
    expect(merged.claims[0]!.frame.place).toEqual([]);
    expect(merged.claims[1]).toBe(storyPack.claims[1]);
    expect(merged.claims.map((c) => c.stances)).toEqual(storyPack.claims.map((c) => c.stances));
  });
});
