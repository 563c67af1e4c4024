// Shown when the browser withholds access to the site: why nothing is highlighted, and a button
// that asks for access (the browser's own prompt follows).
import { t } from './i18n';

export interface AccessNoticeProps {
  onGrantAccess: () => void;
}

export function AccessNotice({ onGrantAccess }: AccessNoticeProps) {
  return (
    <section class="access-notice" aria-labelledby="access-notice-text">
      <p id="access-notice-text" class="access-notice__text">
        <span class="access-notice__icon" aria-hidden="true">
          ⚠{' '}
        </span>
        {t('accessNotice')}
      </p>
      <button type="button" class="button button--primary" onClick={onGrantAccess}>
        {t('accessGrantButton')}
      </button>
    </section>
  );
}
