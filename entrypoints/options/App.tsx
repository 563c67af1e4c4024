// The options page's wiring: lists the stories the extension ships with and those the reader
// added, adds a story pack from a file (checked before anything is stored) and removes one.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { addImportedPack, checkPackFile, importedPacks, MAX_PACK_FILE_BYTES, removeImportedPack, type ImportedPack } from '../../components/imported-packs';
import { bundledStories, installedForImport, readInstalledStories } from '../../components/installed-stories';
import { storyGates } from '../../data/gates';
import { t } from '../../components/ui/i18n';
import { PackImport, type ImportOutcome } from '../../components/ui/options/PackImport';
import { StoryPackList, type StoryRow } from '../../components/ui/options/StoryPackList';

/** The story's own language, then every other one a gate of it is written in. */
const languagesOf = (id: string, own: string) => [own, ...new Set(storyGates.filter((g) => g.story === id && g.language !== own).map((g) => g.language))];
const bundled: StoryRow[] = bundledStories.map((s) => ({ id: s.story.id, title: s.story.title, languages: languagesOf(s.story.id, s.story.language), claims: s.claims.length }));

export function App() {
  const [imported, setImported] = useState<ImportedPack[]>([]);
  const [outcome, setOutcome] = useState<ImportOutcome>();
  useEffect(() => {
    void importedPacks.getValue().then(setImported);
    return importedPacks.watch((value) => setImported(value ?? []));
  }, []);

  async function onFile(file: File) {
    setOutcome({ kind: 'busy' });
    try {
      // A file too large is refused before it is read (checkPackFile says so in its own words).
      const text = file.size > MAX_PACK_FILE_BYTES ? '' : await file.text();
      // What is stored now (another options page may have added a pack since this one rendered).
      const verdict = checkPackFile(text, file.size, installedForImport(await readInstalledStories()));
      if (!verdict.ok) return setOutcome({ kind: 'refused', fileName: file.name, problems: verdict.problems });
      await addImportedPack(verdict.pack, file.name);
      setOutcome({ kind: 'added', title: verdict.pack.story.title });
    } catch (error) {
      setOutcome({ kind: 'refused', fileName: file.name, problems: [String((error as Error)?.message ?? error)] });
    }
  }

  const uiLanguage = browser.i18n.getUILanguage();
  const rows: StoryRow[] = imported.map((p) => ({
    id: p.pack.story.id,
    title: p.pack.story.title,
    languages: [p.pack.story.language],
    claims: p.pack.claims.length,
    imported: { fileName: p.fileName, importedAt: p.importedAt },
  }));
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <StoryPackList heading={t('optionsBundledHeading')} stories={bundled} empty="" uiLanguage={uiLanguage} />
      <StoryPackList heading={t('optionsImportedHeading')} stories={rows} empty={t('optionsNoImported')} uiLanguage={uiLanguage} onRemove={(id) => void removeImportedPack(id)} />
      <PackImport outcome={outcome} onFile={(file) => void onFile(file)} />
    </main>
  );
}
