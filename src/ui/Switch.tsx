// An on/off switch: a real checkbox with role="switch", so keyboards, screen readers and forms all
// work without custom key handling. The look is CSS (.switch in the page's stylesheet).
import type { ComponentChildren } from "preact";

export interface SwitchProps {
  id: string;
  checked: boolean;
  disabled?: boolean;
  label: ComponentChildren;
  /** Secondary text under the label, read as the switch's description. */
  description?: ComponentChildren;
  onChange: (checked: boolean) => void;
}

export function Switch({ id, checked, disabled, label, description, onChange }: SwitchProps) {
  const descriptionId = `${id}-description`;
  return (
    <div class="switch-row">
      <label class="switch-label" for={id}>
        <span class="switch-text">{label}</span>
        {description ? (
          <span class="switch-description" id={descriptionId}>
            {description}
          </span>
        ) : null}
      </label>
      <input
        class="switch"
        type="checkbox"
        role="switch"
        aria-checked={checked}
        id={id}
        checked={checked}
        disabled={disabled}
        aria-describedby={description ? descriptionId : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
    </div>
  );
}
