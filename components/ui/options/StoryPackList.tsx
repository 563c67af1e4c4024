// The stories the extension knows: those it ships with, and those the reader added (removable).
// Every text of an added pack is shown as text, never as markup.
import { plural, t } from '../i18n';
import { languageList } from '../language-names';

export interface StoryRow {
  id: string;
  title: string;
  /** BCP 47 codes of the languages pages are read in: the pack's own first. */
  languages: string[];
  claims: number;
  /** Added from a file (removable), with when and from which file. */
  imported?: { fileName: string; importedAt: string };
}

export interface StoryPackListProps {
  heading: string;
  stories: StoryRow[];
  /** Shown when the list is empty. */
  empty: string;
  uiLanguage: string;
  onRemove?: (id: string) => void;
}


export function StoryPackList({ heading, stories, empty, uiLanguage, onRemove }: StoryPackListProps) {
  const headingId = `heading-${heading.length}-${stories.length}`;
  return (
    <section class="packs" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {stories.length === 0 ? (
        <p class="packs__empty">{empty}</p>
      ) : (
        <ul class="packs__list">
          {stories.map((s) => (
            <li class="packs__item" key={s.id}>
              <div class="packs__text">
                <span class="packs__title">{s.title}</span>
                <span class="packs__meta">
                  {plural('optionsStoryMeta', s.claims, [s.claims, languageList(s.languages, uiLanguage)])}
                  {s.imported ? ` · ${t('optionsStoryFrom', [s.imported.fileName, new Date(s.imported.importedAt).toLocaleDateString(uiLanguage)])}` : ''}
                </span>
              </div>
              {s.imported && onRemove ? (
                <button type="button" class="packs__remove" aria-label={t('optionsRemoveLabel', s.title)} onClick={() => onRemove(s.id)}>
                  {t('optionsRemove')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
