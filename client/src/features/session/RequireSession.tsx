import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Redirect, useLocation, useSearch } from "wouter";
import { Layout } from "../../ui/Layout.tsx";
import { LoadFailure } from "../../ui/LoadFailure.tsx";
import { PageLoading } from "../../ui/PageLoading.tsx";
import { useSession } from "./useSession.ts";

/**
 * Shows its pages only to someone signed in. Anyone else goes to set up Samplan (before the first
 * coordinator exists), to the join page (a guest whose access just ended) or to sign in, with the
 * page they asked for remembered so signing in brings them back to it.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { state, retry } = useSession();
  const [location] = useLocation();
  const search = useSearch();

  if (state.status === "loading") return <PageLoading />;
  if (state.status === "error") {
    return (
      <Layout>
        <h1>{t("app.name")}</h1>
        <LoadFailure error={state.error} retry={retry} />
      </Layout>
    );
  }
  if (state.status === "signedOut") {
    if (state.auth.setupRequired) return <Redirect to="/setup" replace />;
    if (state.ended?.kind === "guest") return <Redirect to="/join" replace />;
    // After "Log ud" the next person to sign in starts afresh, not on the page the last one left.
    const here = `${location}${search ? `?${search}` : ""}`;
    const remember = location !== "/" && !(state.ended && state.ended.code === null);
    return <Redirect to={remember ? `/sign-in?next=${encodeURIComponent(here)}` : "/sign-in"} replace />;
  }
  return children;
}
