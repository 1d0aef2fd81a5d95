import { firstName, type PerspectiveQuestion } from "@samplan/shared/model";
import type { TFunction } from "i18next";

/**
 * The suggested question as the chair says it, to the person by first name ("Ole, hvad ser du, der
 * får dig til at sætte 7?"): these words go into the round for everyone to read.
 */
export function questionWords(question: PerspectiveQuestion, t: TFunction): string {
  const { to } = question;
  return t(`perspectives.question.${question.kind}`, {
    name: firstName(to.raterName),
    value: to.value,
    last: to.last ?? "",
  });
}

/** Why it is suggested, with full names and values: for the chair alone, never the round. */
export function reasonWords(question: PerspectiveQuestion, t: TFunction): string {
  const { reason } = question;
  switch (reason.kind) {
    case "apart":
      return t("perspectives.reason.apart", {
        low: reason.low.raterName,
        lowValue: reason.low.value,
        high: reason.high.raterName,
        highValue: reason.high.value,
        steps: t("perspectives.steps", { count: reason.high.value - reason.low.value }),
      });
    case "citizenMovedAlone":
      return t("perspectives.reason.citizenMovedAlone", {
        name: reason.mover.raterName,
        last: reason.mover.last ?? "",
        value: reason.mover.value,
      });
    case "movedWithoutCitizen":
      return t("perspectives.reason.movedWithoutCitizen", {
        name: reason.mover.raterName,
        last: reason.mover.last ?? "",
        value: reason.mover.value,
        citizen: reason.citizen.raterName,
        citizenValue: reason.citizen.value,
      });
  }
}
