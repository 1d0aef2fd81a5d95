import type { ReactNode } from "react";
import { ForbiddenPage } from "../../ui/ForbiddenPage.tsx";
import { usePrincipal } from "./usePrincipal.ts";

/** Pages for anyone with a staff account; a guest came for one meeting or case and has no account here. */
export function RequireStaff({ children }: { children: ReactNode }) {
  const principal = usePrincipal();
  return principal.kind === "staff" ? children : <ForbiddenPage />;
}
