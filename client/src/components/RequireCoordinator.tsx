import type { ReactNode } from "react";
import { usePrincipal } from "../hooks/usePrincipal.ts";
import { isCoordinator } from "../lib/principal.ts";
import { ForbiddenPage } from "../pages/ForbiddenPage.tsx";

/** Pages for the coordinator only; the server refuses the others anyway, this says so kindly. */
export function RequireCoordinator({ children }: { children: ReactNode }) {
  const principal = usePrincipal();
  return isCoordinator(principal) ? children : <ForbiddenPage />;
}
