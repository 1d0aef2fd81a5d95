import { useTranslation } from "react-i18next";
import type { ConnectionStatus } from "./useConnectionStatus.ts";
import type { SaveStatus } from "./useSaveStatus.ts";

interface Props {
  status: ConnectionStatus;
  everConnected: boolean;
  /** Whether what was written here has reached the server; absent where nothing can be written. */
  save?: SaveStatus;
}

/**
 * The status element holds only the state's word ("Forbundet"), so it is read out short when it
 * changes. Beside it, outside the live region, where your writing is: "Gemt", or kept on the
 * device until there is a connection — the reassurance that matters on a shaky connection.
 */
export function ConnectionIndicator({ status, everConnected, save }: Props) {
  const { t } = useTranslation();
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
      {saveWords ? (
        <span className={`connection__hint connection__save connection__save--${save ?? "none"}`} data-save={save}>
          {saveWords}
        </span>
      ) : null}
    </div>
  );
}
