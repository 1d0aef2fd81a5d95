import type { ReactNode } from "react";
import { ForbiddenPage } from "../../ui/ForbiddenPage.tsx";
import { isCoordinator } from "./principal.ts";
import { usePrincipal } from "./usePrincipal.ts";

/** Pages for the coordinator only; the server refuses the others anyway, this says so kindly. */
export function RequireCoordinator({ children }: { children: ReactNode }) {
  const principal = usePrincipal();
  return isCoordinator(principal) ? children : <ForbiddenPage />;
}
