// Highlighting on or off everywhere: the global setting, beside the per-site switch.
import { t } from './i18n';
import { Switch } from './Switch';

export interface HighlightingSwitchProps {
  enabled: boolean;
  onToggle: (enabled: boolean) => void;
}

export function HighlightingSwitch({ enabled, onToggle }: HighlightingSwitchProps) {
  return (
    <div class="site-controls site-controls--everywhere">
      <span class="site-controls__label" id="global-toggle-label">
        {t('globalToggleLabel')}
      </span>
      <Switch labelledBy="global-toggle-label" checked={enabled} onToggle={onToggle} scope="everywhere" />
    </div>
  );
}
