import type { ReactNode } from "react";

/** A message under a field or form, tied to it with aria-describedby by the caller. */
export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="field-error">
      {children}
    </p>
  );
}
