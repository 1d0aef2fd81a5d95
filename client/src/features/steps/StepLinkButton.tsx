import type { CreatedStepLink, StepOverviewItem } from "@samplan/shared/api";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { createStepLink } from "../../api/stepLinks.ts";
import { BusyButton } from "../../ui/BusyButton.tsx";
import { useSubmission } from "../../ui/useSubmission.ts";

// The link shown once it is made: its code loads while the server makes it, not with the desk.
const loadCreatedLink = () => import("../roster/CreatedLink.tsx");
const CreatedLink = lazy(() => loadCreatedLink().then((m) => ({ default: m.CreatedLink })));

/**
 * The coordinator makes a personal link for a step's owner, to send as she likes (e-mail, text
 * message): the owner answers from it between meetings. Shown once, like an invitation link.
 */
export function StepLinkButton({ step, ownerName }: { step: StepOverviewItem; ownerName: string }) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<CreatedStepLink | null>(null);
  const submission = useSubmission();
  if (created) {
    return (
      <Suspense fallback={null}>
        <CreatedLink
          name={created.ownerName}
          url={new URL(created.path, window.location.origin).href}
          expiresAt={created.expiresAt}
          onDone={() => setCreated(null)}
        />
      </Suspense>
    );
  }
  return (
    <>
      <BusyButton
        type="button"
        className="button"
        busy={submission.busy}
        busyLabel={t("busy.fetching")}
        title={t("steps.makeLinkHint")}
        onClick={() =>
          submission.run(async () => {
            void loadCreatedLink();
            setCreated(await createStepLink(step.meetingId, { stepId: step.stepId, days: 30 }));
            return null;
          })
        }
      >
        {t("steps.makeLink", { name: ownerName })}
      </BusyButton>
      <div role="alert">
        {submission.error ? <p className="field-error">{`${t("steps.linkFailed")}: ${submission.error}`}</p> : null}
      </div>
    </>
  );
}
