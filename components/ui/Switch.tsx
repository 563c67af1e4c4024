// An on/off switch that says its state in words (not by colour or position alone).
import { t } from './i18n';

export interface SwitchProps {
  /** Id of the element that names the switch. */
  labelledBy: string;
  checked: boolean;
  onToggle: (checked: boolean) => void;
  /** What the switch governs, for styling and tests (`site`, `everywhere`). */
  scope: string;
}

export function Switch({ labelledBy, checked, onToggle, scope }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      class="switch"
      data-scope={scope}
      aria-checked={checked}
      aria-labelledby={labelledBy}
      onClick={() => onToggle(!checked)}
    >
      <span class="switch__track" aria-hidden="true">
        <span class="switch__thumb" />
      </span>
      <span class="switch__state">{checked ? t('siteToggleOn') : t('siteToggleOff')}</span>
    </button>
  );
}
