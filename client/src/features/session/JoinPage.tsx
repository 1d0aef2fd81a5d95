import type { JoinBody } from "@samplan/shared/api";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import { ApiFailure } from "../../api/ApiFailure.ts";
import { chooseOwnLanguage, join } from "../../api/session.ts";
import type { Language } from "../../i18n/index.ts";
import { CitizenLanguageChoice } from "../../ui/CitizenLanguageChoice.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { FieldError } from "../../ui/FieldError.tsx";
import { Layout } from "../../ui/Layout.tsx";
import { useDocumentTitle } from "../../ui/useDocumentTitle.ts";
import { isWellFormedCode, normaliseCode, readJoinHash } from "./joinHash.ts";
import { homeOf } from "./principal.ts";
import { useSession } from "./useSession.ts";

type Phase = { status: "idle" } | { status: "joining" } | { status: "failed"; message: string };

/**
 * How guests come in. A personal link or the QR code opens /join#…, which is used at once; typed
 * by hand, the code goes in one large field, made for a tablet held at arm's length.
 */
export function JoinPage() {
  const { t } = useTranslation();
  const { state, setSession } = useSession();
  const [, navigate] = useLocation();
  const ids = { code: useId(), hint: useId(), error: useId(), heading: useId() };
  const [code, setCode] = useState("");
  const [invalidCode, setInvalidCode] = useState(false);
  // Opened from a personal link, the page says "joining" from its first paint, rather than drawing
  // the form and then pushing it down with the notice (a layout shift on her first visit).
  const [phase, setPhase] = useState<Phase>(() =>
    readJoinHash(window.location.hash) ? { status: "joining" } : { status: "idle" },
  );
  const started = useRef(false);
  // A language she chose here, before she was let in: her e-mails follow it once she is.
  const chosen = useRef<Language | null>(null);
  useDocumentTitle(t("join.title"));

  const failureMessage = (failure: unknown, body: JoinBody): string => {
    if (failure instanceof ApiFailure) {
      if (failure.code === "invitation_expired") return t("join.expired");
      if (failure.code === "invitation_revoked") return t("join.revoked");
      if (failure.code === "invitation_invalid" || failure.status === 401 || failure.status === 404) {
        return t("join.invalid");
      }
      if (failure.code === "bad_request") return "code" in body ? t("join.codeInvalid") : t("join.invalid");
    }
    return errorMessage(failure, t);
  };

  const enter = async (body: JoinBody) => {
    setPhase({ status: "joining" });
    try {
      const session = await join(body);
      // Not awaited: her e-mails' language must not hold up her way into the meeting.
      if (chosen.current) void chooseOwnLanguage({ language: chosen.current }).catch(() => undefined);
      setSession(session);
      // Replaces /join in the history, so Back does not offer the used invitation again.
      navigate(homeOf(session.principal), { replace: true });
    } catch (failure) {
      setPhase({ status: "failed", message: failureMessage(failure, body) });
    }
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: set up once; `enter` only uses stable setters.
  useEffect(() => {
    const fromAddress = () => {
      const body = readJoinHash(window.location.hash);
      if (!body) return;
      // The secret leaves the address bar (and a screenshot of it) before anything else happens.
      window.history.replaceState(window.history.state, "", "/join");
      void enter(body);
    };
    // Once per page, also under StrictMode's second run, so an invitation is never used twice.
    if (!started.current) {
      started.current = true;
      fromAddress();
    }
    // A QR code scanned while this page is open changes only the part after #.
    window.addEventListener("hashchange", fromAddress);
    return () => window.removeEventListener("hashchange", fromAddress);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isWellFormedCode(code)) {
      setInvalidCode(true);
      document.getElementById(ids.code)?.focus();
      return;
    }
    setInvalidCode(false);
    void enter({ code: normaliseCode(code) });
  };

  const ended = state.status === "signedOut" && state.ended?.kind === "guest" ? state.ended : null;
  const notice = ended
    ? ended.idleMinutes
      ? t("join.idleSignedOut", { minutes: ended.idleMinutes })
      : ended.code === "invitation_revoked"
        ? t("join.revoked")
        : ended.code === "invitation_expired"
          ? t("join.expired")
          : ended.code
            ? t("join.sessionEnded")
            : t("join.signedOut")
    : null;

  return (
    <Layout narrow citizen>
      <h1 id={ids.heading}>{t("join.title")}</h1>
      <CitizenLanguageChoice
        onChosen={(language) => {
          chosen.current = language;
        }}
      />
      {notice && phase.status === "idle" ? (
        <p className="notice notice--info" role="status">
          {notice}
        </p>
      ) : null}
      {phase.status === "joining" ? (
        <p className="notice" role="status">
          {t("join.joining")}
        </p>
      ) : null}
      <div role="alert">
        {phase.status === "failed" ? <p className="notice notice--error">{phase.message}</p> : null}
      </div>
      <form className="card form join-form" aria-labelledby={ids.heading} onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={ids.code} className="join-form__label">
            {t("join.codeLabel")}
          </label>
          <p id={ids.hint} className="field__hint">
            {t("join.codeHint")}
          </p>
          <input
            id={ids.code}
            className="join-form__code"
            type="text"
            inputMode="text"
            autoComplete="one-time-code"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="go"
            maxLength={11}
            placeholder={t("join.codePlaceholder")}
            value={code}
            aria-invalid={invalidCode ? true : undefined}
            aria-describedby={invalidCode ? `${ids.hint} ${ids.error}` : ids.hint}
            onChange={(event) => setCode(event.target.value.toUpperCase())}
          />
          {invalidCode ? <FieldError id={ids.error}>{t("join.codeInvalid")}</FieldError> : null}
        </div>
        <button type="submit" className="button button--primary button--large" disabled={phase.status === "joining"}>
          {t("join.submit")}
        </button>
      </form>
      <p>
        {t("join.staffHint")} <Link href="/sign-in">{t("join.staffLink")}</Link>
      </p>
    </Layout>
  );
}
