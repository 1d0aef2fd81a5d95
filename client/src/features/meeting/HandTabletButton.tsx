import { useState } from "react";
import { useTranslation } from "react-i18next";
import { handTabletToCitizen } from "../../api/meetings.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { useSession } from "../session/useSession.ts";
import { forgetEverythingOnThisDevice } from "./deviceStorage.ts";

/**
 * "Giv tabletten til borgeren": for a tablet the coordinator is signed in on and hands across the
 * table. The server ends the coordinator's session on it and makes it the citizen's, in this
 * meeting only; the page then shows the citizen's view, with the citizen writing as themselves.
 */
export function HandTabletButton({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const { setSession } = useSession();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const handOver = async () => {
    setBusy(true);
    setError(null);
    try {
      const session = await handTabletToCitizen(meetingId);
      // The coordinator's copy of her meetings does not stay on a tablet in the citizen's hands.
      await forgetEverythingOnThisDevice();
      setOpen(false);
      setSession(session);
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t("citizenView.handOver.button")}
      </button>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <ConfirmDialog
        open={open}
        title={t("citizenView.handOver.title")}
        body={t("citizenView.handOver.body")}
        detail={t("citizenView.handOver.detail")}
        confirmLabel={t("citizenView.handOver.confirm")}
        busy={busy}
        onConfirm={handOver}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}
