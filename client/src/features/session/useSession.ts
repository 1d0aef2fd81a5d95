import { useContext } from "react";
import { SessionContext, type SessionContextValue } from "./sessionContext.ts";

export function useSession(): SessionContextValue {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession is only for components inside the app's SessionContext");
  return session;
}
