import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";

/** The way to the meeting methods (Mødeformer), which a coordinator copies and adjusts on a page of their own. */
export function MethodsLinkSection() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("settings.methodsHeading")}</h2>
      <p className="muted">{t("settings.methodsIntro")}</p>
      <p>
        <Link className="button" href="/moedeformer">
          {t("settings.methodsLink")}
        </Link>
      </p>
    </section>
  );
}
