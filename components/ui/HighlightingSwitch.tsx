// Highlighting on or off everywhere: the global setting, beside the per-site switch.
import { t } from './i18n';

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
      <button
        type="button"
        role="switch"
        class="switch"
        data-scope="everywhere"
        aria-checked={enabled}
        aria-labelledby="global-toggle-label"
        onClick={() => onToggle(!enabled)}
      >
        <span class="switch__track" aria-hidden="true">
          <span class="switch__thumb" />
        </span>
        <span class="switch__state">{enabled ? t('siteToggleOn') : t('siteToggleOff')}</span>
      </button>
    </div>
  );
}
