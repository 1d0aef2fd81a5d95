import { listNextSteps, nextStepText, observeSection, type PresenceUser, plainText } from "@samplan/shared/model";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { newlyMine } from "./steps.ts";

/**
 * Says so, in the meeting's live region, when someone else gives you a next step: on a tablet
 * across the table, or to a screen reader, a new line in the list is easy to miss. Your own changes
 * are not announced back to you.
 */
export function useStepsGivenToYou(doc: Y.Doc, user: PresenceUser, announce: (message: string) => void): void {
  const { t } = useTranslation();
  useEffect(() => {
    const principal = { name: user.name, role: user.role };
    let owners = new Map(listNextSteps(doc).map((step) => [step.id, step.owner]));
    // Only changes to the steps' own fields or order come here, not typing in any editor.
    return observeSection(doc, "steps", (transaction) => {
      const steps = listNextSteps(doc);
      const given = transaction.local ? [] : newlyMine(owners, steps, principal);
      owners = new Map(steps.map((step) => [step.id, step.owner]));
      for (const step of given) {
        const text = nextStepText(doc, step.id);
        const words = text ? plainText(text).trim() : "";
        announce(words ? t("citizenView.stepGivenToYou", { text: words }) : t("citizenView.stepGivenToYouUntitled"));
      }
    });
  }, [doc, user.name, user.role, announce, t]);
}
