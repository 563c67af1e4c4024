// The downloads: the claim set as schema.org JSON-LD and, when there is a page, its highlights as
// W3C Web Annotations. The files are made by the callbacks; this says how it went, politely.
import { useState } from 'preact/hooks';
import { t } from '../i18n';

/** How a download went: saved (file name), nothing to save, or the page did not answer. */
export type DownloadResult = { kind: 'saved'; fileName: string } | { kind: 'empty' } | { kind: 'failed' };

export interface CompareExportsProps {
  onDownloadClaims: () => DownloadResult;
  /** Absent when there is no page to ask for its highlights. */
  onDownloadAnnotations?: () => Promise<DownloadResult>;
}

const HEADING_ID = 'exports-heading';

function resultMessage(result: DownloadResult): string {
  if (result.kind === 'saved') return t('compareDownloadDone', result.fileName);
  return t(result.kind === 'empty' ? 'compareDownloadNone' : 'compareDownloadFailed');
}

export function CompareExports({ onDownloadClaims, onDownloadAnnotations }: CompareExportsProps) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const downloadAnnotations = async () => {
    if (!onDownloadAnnotations || busy) return;
    setBusy(true);
    const result = await onDownloadAnnotations().catch((): DownloadResult => ({ kind: 'failed' }));
    setBusy(false);
    setStatus(resultMessage(result));
  };
  return (
    <section class="exports" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} class="section-heading">
        {t('compareExportHeading')}
      </h2>
      <p class="exports__hint">{t('compareExportHint')}</p>
      <div class="exports__buttons">
        <button type="button" class="button" data-export="claims" onClick={() => setStatus(resultMessage(onDownloadClaims()))}>
          {t('compareDownloadClaims')}
        </button>
        {onDownloadAnnotations && (
          <button type="button" class="button" data-export="annotations" aria-disabled={busy} onClick={() => void downloadAnnotations()}>
            {t('compareDownloadAnnotations')}
          </button>
        )}
      </div>
      <p class="exports__status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
