// Adding a story pack from a file: the picker, and what came of the last attempt (added, or the
// validator's problems, as text).
import { t } from '../i18n';

export type ImportOutcome = { kind: 'added'; title: string } | { kind: 'refused'; fileName: string; problems: string[] } | { kind: 'busy' };

export interface PackImportProps {
  outcome?: ImportOutcome;
  onFile: (file: File) => void;
}

export function PackImport({ outcome, onFile }: PackImportProps) {
  return (
    <section class="import" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('optionsImportHeading')}</h2>
      <p class="import__help" id="import-help">{t('optionsImportHelp')}</p>
      <label class="import__label">
        {t('optionsImportLabel')}
        <input
          type="file"
          accept=".json,application/json"
          aria-describedby="import-help"
          disabled={outcome?.kind === 'busy'}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (file) onFile(file);
            input.value = '';
          }}
        />
      </label>
      <div class="import__outcome" role="status" aria-live="polite">
        {outcome?.kind === 'added' ? <p class="import__added">{t('optionsImportAdded', outcome.title)}</p> : null}
        {outcome?.kind === 'refused' ? (
          <div class="import__refused">
            <p>{t('optionsImportRefused', outcome.fileName)}</p>
            <ul>
              {outcome.problems.map((problem, i) => (
                <li key={i}>{problem}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
