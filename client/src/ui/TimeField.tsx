import { lazy, Suspense } from "react";
import { FieldLoading } from "./date/FieldLoading.tsx";
import type { TimeInputFieldProps } from "./date/TimeInputField.tsx";

// Loaded with the first form that takes a time, like the date picker it shares React Aria with.
const TimeInputField = lazy(() =>
  import("./date/TimeInputField.tsx").then((module) => ({ default: module.TimeInputField })),
);

/** A time of day (HH:MM) or none, typed on the 24-hour clock in the interface language. */
export function TimeField(props: TimeInputFieldProps) {
  return (
    <Suspense fallback={<FieldLoading label={props.label} />}>
      <TimeInputField {...props} />
    </Suspense>
  );
}
