import type { HocuspocusProvider } from "@hocuspocus/provider";
import { useTranslation } from "react-i18next";
import type { ConnectionStatus } from "./useConnectionStatus.ts";
import { useSaveStatus } from "./useSaveStatus.ts";

interface Props {
  status: ConnectionStatus;
  everConnected: boolean;
  provider: HocuspocusProvider;
  /** Whether anything can be written here: only then does it say whether it has been saved. */
  writable: boolean;
}

/**
 * The status element holds only the state's word ("Forbundet"), so it is read out short when it
 * changes. Beside it, outside the live region, where your writing is: "Gemt", or kept on the
 * device until there is a connection — the reassurance that matters on a shaky connection.
 */
export function ConnectionIndicator({ status, everConnected, provider, writable }: Props) {
  const { t } = useTranslation();
  // Read here, at the leaf that shows it: every keystroke is acknowledged, and each acknowledgement
  // re-rendered the whole plan when this state lived in the meeting workspace.
  const saveStatus = useSaveStatus(provider, status);
  const save = writable ? saveStatus : undefined;
  const label =
    status === "connected"
      ? t("connection.connected")
      : status === "offline"
        ? t("connection.offline")
        : everConnected
          ? t("connection.reconnecting")
          : t("connection.connecting");
  const saveWords =
    save === "onDevice"
      ? t("saving.onDevice")
      : save === "sending"
        ? t("saving.sending")
        : save === "saved"
          ? status === "connected"
            ? t("saving.saved")
            : t("connection.offlineHint")
          : status === "offline"
            ? t("connection.offlineHint")
            : null;
  return (
    <div className={`connection connection--${status}`}>
      <span className="connection__dot" aria-hidden="true" />
      <span role="status" className="connection__label">
        {label}
      </span>
      {/* Always there, empty while there is nothing to say, so the bar does not grow under the plan
          when it first has something to say. */}
      <span
        className={`connection__hint connection__save connection__save--${save ?? "none"}`}
        data-save={save}
        aria-hidden={saveWords ? undefined : true}
      >
        {saveWords ?? "\u00a0"}
      </span>
    </div>
  );
}
