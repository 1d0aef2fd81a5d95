import { endOfMonth } from "@internationalized/date";
import { useContext } from "react";
import { useCalendarGrid } from "react-aria";
import { CalendarCell, CalendarStateContext } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { isoWeek } from "./isoWeek.ts";

/**
 * The month as a grid, Monday first, with the ISO week number at the start of each row: caseworkers
 * plan in weeks ("uge 49"), and React Aria's own grid has no week column. Its grid hook still does
 * the work that matters: arrow keys, Page Up/Down, and a full spoken name for each day.
 */
export function WeekGrid() {
  const { t } = useTranslation();
  const state = useContext(CalendarStateContext);
  if (!state) throw new Error("WeekGrid is drawn inside a Calendar");
  const startDate = state.visibleRange.start;
  const { gridProps, headerProps, weekDays, weeksInMonth } = useCalendarGrid(
    { startDate, endDate: endOfMonth(startDate), firstDayOfWeek: "mon" },
    state,
  );
  return (
    <table {...gridProps} className="week-grid" cellPadding={0}>
      <thead {...headerProps}>
        <tr>
          <th className="week-grid__week">{t("datePicker.weekColumn")}</th>
          {weekDays.map((day, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a weekday's place in the row is what it is.
            <th key={index}>{day}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...new Array(weeksInMonth).keys()].map((weekIndex) => {
          const days = state.getDatesInWeek(weekIndex, startDate);
          const first = days.find((day) => day !== null);
          const week = (first && isoWeek(first.year, first.month, first.day)) ?? "";
          return (
            <tr key={weekIndex}>
              <th scope="row" className="week-grid__week" aria-label={t("datePicker.week", { week })}>
                {week}
              </th>
              {days.map((date, index) =>
                date ? (
                  <CalendarCell key={date.toString()} date={date} className="week-grid__day" />
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: an empty place in the week has nothing but its place.
                  <td key={index} />
                ),
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
