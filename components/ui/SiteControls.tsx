// Highlighting on or off for the current site: a switch that says its state in words.
import { t } from './i18n';
import { Switch } from './Switch';

export interface SiteControlsProps {
  /** The site's name as stored (host without `www.`), or null on pages that are not web pages. */
  site: string | null;
  enabled: boolean;
  onToggleSite: (enabled: boolean) => void;
}

export function SiteControls({ site, enabled, onToggleSite }: SiteControlsProps) {
  if (site === null) return <p class="site-controls site-controls--unavailable">{t('siteUnavailable')}</p>;
  return (
    <div class="site-controls">
      <span class="site-controls__label" id="site-toggle-label">
        {t('siteToggleLabel', site)}
      </span>
      <Switch labelledBy="site-toggle-label" checked={enabled} onToggle={onToggleSite} scope="site" />
    </div>
  );
}
