import { useEffect } from "react";
import { currentLanguage, i18n } from "../../i18n/index.ts";

/**
 * The page in Danish while `on`, without changing the language this device remembers: the
 * interpreter reads the plan as it was written, to voice it in the citizen's language.
 */
export function useDanish(on: boolean): void {
  useEffect(() => {
    if (!on) return;
    const before = currentLanguage();
    if (before === "da") return;
    void i18n.changeLanguage("da");
    return () => {
      void i18n.changeLanguage(before);
    };
  }, [on]);
}
