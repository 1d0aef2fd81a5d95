import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { SessionHeader } from "../features/session/SessionHeader.tsx";
import { useSession } from "../features/session/useSession.ts";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { MachineTranslatedNote } from "./MachineTranslatedNote.tsx";
import { useRouteFocus } from "./useRouteFocus.ts";

interface Props {
  /** A wider main area for the live meeting and tables; forms and lists read better narrower. */
  wide?: boolean;
  /** Narrow and centred, for sign-in, setup and joining. */
  narrow?: boolean;
  /**
   * A citizen's page: the note that her language is machine-translated, where it is, and no staff
   * language switch (her page has her own choice of all her languages).
   */
  citizen?: boolean;
  /** Her choice of language, in the header where staff have theirs. */
  languageChoice?: ReactNode;
  children: ReactNode;
}

export function Layout({ wide = false, narrow = false, citizen = false, languageChoice, children }: Props) {
  const { t } = useTranslation();
  const { state } = useSession();
  const main = useRouteFocus<HTMLElement>();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href="/" className="site-header__brand" aria-label={t("app.homeLink")}>
            <img src="/favicon.svg" alt="" width="28" height="28" />
            <span>{t("app.name")}</span>
          </Link>
          <div className="site-header__actions">
            {state.status === "signedIn" ? <SessionHeader principal={state.principal} /> : null}
            {citizen ? languageChoice : <LanguageSwitch />}
          </div>
        </div>
      </header>
      <main
        id="main"
        ref={main}
        tabIndex={-1}
        className={wide ? "page page--wide" : narrow ? "page page--narrow" : "page"}
      >
        {citizen ? <MachineTranslatedNote /> : null}
        {children}
      </main>
    </>
  );
}
