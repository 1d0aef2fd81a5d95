import { parseTime, type Time } from "@internationalized/date";
import { I18nProvider } from "react-aria";
import { DateInput, DateSegment, FieldError, Label, TimeField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { localeFor } from "../../i18n/index.ts";
import "./datePicker.css";

export interface TimeInputFieldProps {
  /** Given when the form moves focus here after a failed submit: focusing it focuses the hour. */
  id?: string;
  label: string;
  error?: string | null;
  /** Marked wrong when the form shows why elsewhere, in the element `describedBy` names. */
  invalid?: boolean;
  describedBy?: string;
  /** A time of day as HH:MM, or "" for none. */
  value: string;
  onChange: (value: string) => void;
}

function parsed(value: string): Time | null {
  try {
    return value ? parseTime(value) : null;
  } catch {
    return null;
  }
}

/**
 * A time of day typed as the interface language writes it, on the 24-hour clock Danish
 * workplaces use (10.00, not 10:00 AM), whatever the browser's own language.
 */
export function TimeInputField({ id, label, error, invalid, describedBy, value, onChange }: TimeInputFieldProps) {
  const { i18n } = useTranslation();
  return (
    <I18nProvider locale={localeFor(i18n.language)}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: only a failed submit focuses this, and it hands focus to the first part of the field. */}
      <div
        id={id}
        tabIndex={id ? -1 : undefined}
        className="date-field"
        onFocus={(event) => {
          if (event.target === event.currentTarget)
            event.currentTarget.querySelector<HTMLElement>('[role="spinbutton"]')?.focus();
        }}
      >
        <TimeField
          className="field date-field__picker"
          value={parsed(value)}
          onChange={(next) => onChange(next ? next.toString().slice(0, 5) : "")}
          hourCycle={24}
          granularity="minute"
          shouldForceLeadingZeros
          isInvalid={invalid || Boolean(error)}
          validationBehavior="aria"
          aria-describedby={describedBy}
        >
          <Label>{label}</Label>
          <DateInput className="date-field__group date-field__input">
            {(segment) => <DateSegment segment={segment} className="date-field__segment" />}
          </DateInput>
          <FieldError className="field-error">{error}</FieldError>
        </TimeField>
      </div>
    </I18nProvider>
  );
}
