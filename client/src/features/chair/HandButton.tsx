import { useTranslation } from "react-i18next";
import { Icon } from "../../ui/Icon.tsx";
import type { ChairHands } from "./useChairHands.ts";

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
        <Icon name="hand" />
        {up ? t("chair.hands.lower") : t("chair.hands.raise")}
      </button>
      {up && hands.myPlace !== null ? (
        <span className="chair-hand__place">{t("chair.hands.place", { n: hands.myPlace })}</span>
      ) : null}
    </div>
  );
}
