import { type CalendarDate, parseDate } from "@internationalized/date";
import { useId, useLayoutEffect, useRef, useState } from "react";
import { I18nProvider } from "react-aria";
import {
  Button,
  Calendar,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  FieldError,
  Group,
  Heading,
  Label,
  Popover,
  Text,
} from "react-aria-components";
import { useTranslation } from "react-i18next";
import { localeFor } from "../../i18n/index.ts";
import { Icon } from "../Icon.tsx";
import { isoWeek } from "./isoWeek.ts";
import { useSeparatorAdvance } from "./useSeparatorAdvance.ts";
import { WeekGrid } from "./WeekGrid.tsx";
import "./datePicker.css";

export interface DatePickerFieldProps {
  /** Given when the form moves focus here after a failed submit: focusing it focuses the day. */
  id?: string;
  label: string;
  hint?: string;
  error?: string | null;
  /** Marked wrong when the form shows why elsewhere, in the element `describedBy` names. */
  invalid?: boolean;
  describedBy?: string;
  /** A calendar day as stored (YYYY-MM-DD), or null for none. */
  value: string | null;
  onChange: (value: string | null) => void;
  min?: string;
  max?: string;
}

function parsed(value: string | null | undefined): CalendarDate | null {
  if (!value) return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
}

// Typing a year digit by digit passes through 0002, 0020, 0202 before 2026; those are real dates
// to the field but only noise (and undo steps) to everyone else in the meeting.
const plausible = (date: CalendarDate | null) => date === null || date.year >= 1900;

/**
 * A calendar day typed as the interface language writes it (Danish dd.mm.åååå) or picked in a
 * calendar that starts on Monday and shows week numbers; the chosen day's week ("uge 49") stands
 * beside the field. Stored as YYYY-MM-DD whatever the language. React Aria does the keyboard and
 * screen-reader work: each part of the date is a spin button, Alt+↓ opens the calendar, the arrow
 * keys move in it and Enter picks.
 */
export function DatePickerField({
  id,
  label,
  hint,
  error,
  invalid,
  describedBy,
  value,
  onChange,
  min,
  max,
}: DatePickerFieldProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<CalendarDate | null | undefined>(undefined);
  const shown = draft !== undefined ? draft : parsed(value);
  const week = shown && plausible(shown) ? isoWeek(shown.year, shown.month, shown.day) : null;
  // A calendar opened from a field in a modal <dialog> must open inside it: the rest of the page
  // is inert behind the dialog, so a calendar drawn there could not be clicked.
  const wrapper = useRef<HTMLDivElement>(null);
  const [container, setContainer] = useState<Element | undefined>(undefined);
  useLayoutEffect(() => setContainer(wrapper.current?.closest("dialog") ?? undefined), []);
  const separators = useSeparatorAdvance();
  const ownId = useId();
  const hintId = `${id ?? ownId}-hint`;
  const describers = [hint ? hintId : null, describedBy].filter(Boolean).join(" ") || undefined;

  const change = (next: CalendarDate | null) => {
    if (!plausible(next)) return setDraft(next);
    setDraft(undefined);
    const stored = next?.toString() ?? null;
    if (stored !== value) onChange(stored);
  };

  return (
    <I18nProvider locale={localeFor(i18n.language)}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: only a failed submit focuses this, and it hands focus to the first part of the field. */}
      <div
        ref={wrapper}
        id={id}
        tabIndex={id ? -1 : undefined}
        className="date-field"
        {...separators}
        onFocus={(event) => {
          if (event.target === event.currentTarget)
            event.currentTarget.querySelector<HTMLElement>('[role="spinbutton"]')?.focus();
        }}
      >
        <DatePicker
          className="field date-field__picker"
          value={shown}
          onChange={change}
          onBlur={() => setDraft(undefined)}
          minValue={parsed(min)}
          maxValue={parsed(max)}
          firstDayOfWeek="mon"
          granularity="day"
          shouldForceLeadingZeros
          isInvalid={invalid || Boolean(error)}
          validationBehavior="aria"
          aria-describedby={describers}
        >
          <Label>{label}</Label>
          {hint ? (
            <p id={hintId} className="field__hint">
              {hint}
            </p>
          ) : null}
          <div className="date-field__row">
            <Group className="date-field__group">
              <DateInput className="date-field__input">
                {(segment) => <DateSegment segment={segment} className="date-field__segment" />}
              </DateInput>
              <Button className="date-field__open">
                <Icon name="calendar" />
              </Button>
            </Group>
            {week ? (
              <Text slot="description" className="date-field__week">
                {t("datePicker.week", { week })}
              </Text>
            ) : null}
          </div>
          <FieldError className="field-error">{error}</FieldError>
          <Popover
            className="date-popover"
            placement="bottom start"
            // In a dialog it opens below the field, over the dialog's edge, not squeezed inside it.
            shouldFlip={!container}
            UNSTABLE_portalContainer={container}
          >
            <Dialog className="date-popover__dialog">
              <Calendar firstDayOfWeek="mon">
                <header className="date-popover__header">
                  <Button slot="previous" className="date-popover__turn">
                    <Icon name="previous" />
                  </Button>
                  <Heading className="date-popover__month" />
                  <Button slot="next" className="date-popover__turn">
                    <Icon name="next" />
                  </Button>
                </header>
                <WeekGrid />
              </Calendar>
            </Dialog>
          </Popover>
        </DatePicker>
      </div>
    </I18nProvider>
  );
}
