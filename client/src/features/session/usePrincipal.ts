import type { Principal } from "@samplan/shared/api";
import { useSession } from "./useSession.ts";

/** Who is signed in, on pages the shell only shows to someone signed in. */
export function usePrincipal(): Principal {
  const { state } = useSession();
  if (state.status !== "signedIn") throw new Error("usePrincipal is only for pages behind sign-in");
  return state.principal;
}
