import type { GoalChangedSinceAgreement } from "@samplan/shared/model";
import { useTranslation } from "react-i18next";

/**
 * On a goal whose words changed after the citizen said yes to the plan: says so, and opens to show
 * what it said when she agreed and what it says now. Her yes was to the words she saw.
 */
export function GoalChangedNotice({ change, herView }: { change: GoalChangedSinceAgreement; herView: boolean }) {
  const { t } = useTranslation();
  const added = change.before === null;
  const summary = herView
    ? t(added ? "agreement.added" : "agreement.changed")
    : t(added ? "agreement.addedOthers" : "agreement.changedOthers");
  return (
    <details className="agreement-change">
      <summary>{summary}</summary>
      <dl className="agreement-change__texts">
        <div>
          <dt>{herView ? t("agreement.before") : t("agreement.beforeOthers")}</dt>
          <dd>{change.before ?? t("agreement.notThere")}</dd>
        </div>
        <div>
          <dt>{t("agreement.now")}</dt>
          <dd>{change.after}</dd>
        </div>
      </dl>
    </details>
  );
}
