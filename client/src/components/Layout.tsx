import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useRouteFocus } from "../hooks/useRouteFocus.ts";
import { LanguageSwitch } from "./LanguageSwitch.tsx";

interface Props {
  /** Page-specific controls for the header, such as who you are in a meeting. */
  headerActions?: ReactNode;
  /** A wider main area for the live meeting; forms and lists read better narrower. */
  wide?: boolean;
  children: ReactNode;
}

export function Layout({ headerActions, wide = false, children }: Props) {
  const { t } = useTranslation();
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
            {headerActions}
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className={wide ? "page page--wide" : "page"}>
        {children}
      </main>
    </>
  );
}
