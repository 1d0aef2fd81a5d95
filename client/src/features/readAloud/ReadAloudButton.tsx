import { useTranslation } from "react-i18next";
import { Icon } from "../../ui/Icon.tsx";
import { readingLine } from "./readingLine.ts";
import { speechLocaleFor } from "./speechLocale.ts";
import { useReadAloud } from "./useReadAloud.ts";
import { useVoice } from "./useVoice.ts";
import "./readAloud.css";

interface Props {
  /** The words to read, taken when she presses: the plan may have changed since it was drawn. */
  text: () => string;
  /** What is read ("Mål 1", "Mødets gang"), after the visible words in the button's name. */
  about: string;
}

/**
 * "Læs op": reads a block of the citizen's view aloud in the interface's language with the
 * device's own voice, only when pressed, and becomes "Stop" while reading. The sentence being
 * read shows under it with the word reached marked, rather than marks inside the text itself:
 * the plan's text is a live editor others are typing in, and it stays untouched.
 */
export function ReadAloudButton({ text, about }: Props) {
  const { t, i18n } = useTranslation();
  const locale = speechLocaleFor(i18n.resolvedLanguage);
  const status = useVoice(locale);
  const { reading, failed, start, stop } = useReadAloud(locale, status.kind === "ready" ? status.voice : null);
  // No voice: the button stays, saying why nothing can be read, rather than doing nothing.
  const cannot = status.kind === "none" || status.kind === "unsupported";
  const label =
    status.kind === "none"
      ? t("readAloud.noVoice")
      : status.kind === "unsupported"
        ? t("readAloud.unsupported")
        : reading
          ? t("readAloud.stop")
          : t("readAloud.read");
  const press = () => {
    if (cannot) return;
    if (reading) return stop();
    const words = text().trim();
    if (words !== "") start(words);
  };
  const line = reading ? readingLine(reading.text, reading.word) : null;
  return (
    <div className="read-aloud">
      <button
        type="button"
        className={`button read-aloud__button${reading ? " button--primary" : ""}`}
        aria-disabled={cannot || undefined}
        onClick={press}
      >
        <Icon name={reading ? "stop" : "speaker"} />
        {label}
        <span className="visually-hidden"> {about}</span>
      </button>
      {line ? (
        // The same words are on the page and in her ears: a screen reader need not say them a third time.
        <p className="read-aloud__line" aria-hidden="true">
          {line.before}
          {line.word ? <mark>{line.word}</mark> : null}
          {line.after}
        </p>
      ) : null}
      {failed ? (
        <p className="read-aloud__failed" role="status">
          {t("readAloud.failed")}
        </p>
      ) : null}
    </div>
  );
}
