import type { ReactNode } from "react";
import { usePrincipal } from "../hooks/usePrincipal.ts";
import { ForbiddenPage } from "../pages/ForbiddenPage.tsx";

/** Pages for anyone with a staff account; a guest came for one meeting or case and has no account here. */
export function RequireStaff({ children }: { children: ReactNode }) {
  const principal = usePrincipal();
  return principal.kind === "staff" ? children : <ForbiddenPage />;
}
