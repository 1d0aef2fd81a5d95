import { useTranslation } from "react-i18next";
import type { ChairHands } from "../../hooks/useChairHands.ts";

/** Ræk hånden op / Tag hånden ned, and your place in the queue while it is up. */
export function HandButton({ hands, announce }: { hands: ChairHands; announce: (message: string) => void }) {
  const { t } = useTranslation();
  const up = hands.mine !== null;
  return (
    <div className="chair-hand">
      <button
        type="button"
        className={up ? "button chair-hand__button chair-hand__button--up" : "button chair-hand__button"}
        onClick={() => {
          if (up) {
            hands.lower();
            announce(t("chair.hands.lowered"));
          } else {
            hands.raise();
            announce(t("chair.hands.raised"));
          }
        }}
      >
        <HandIcon />
        {up ? t("chair.hands.lower") : t("chair.hands.raise")}
      </button>
      {up && hands.myPlace !== null ? (
        <span className="chair-hand__place">{t("chair.hands.place", { n: hands.myPlace })}</span>
      ) : null}
    </div>
  );
}

/** A raised hand, drawn inline like the other icons (an emoji may be missing from a device's fonts). */
function HandIcon() {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M18 11V6a2 2 0 0 0-4 0M14 10V4a2 2 0 0 0-4 0v2M10 10.5V6a2 2 0 0 0-4 0v8M18 8a2 2 0 1 1 4 0v6a8 8 0 0 1-8 8h-2c-2.8 0-4.5-.86-6-2.34l-3.6-3.6a2 2 0 0 1 2.83-2.83L7 15" />
    </svg>
  );
}
