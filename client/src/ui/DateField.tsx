import { lazy, Suspense } from "react";
import type { DatePickerFieldProps } from "./date/DatePickerField.tsx";
import { FieldLoading } from "./date/FieldLoading.tsx";

// The picker and its calendar are React Aria and a calendar library: loaded with the first form
// that takes a date, never with the start page.
const DatePickerField = lazy(() =>
  import("./date/DatePickerField.tsx").then((module) => ({ default: module.DatePickerField })),
);

/** A calendar day (YYYY-MM-DD) or none, typed or picked in the interface language. */
export function DateField(props: DatePickerFieldProps) {
  return (
    <Suspense fallback={<FieldLoading label={props.label} />}>
      <DatePickerField {...props} />
    </Suspense>
  );
}
