import { useTranslation } from "react-i18next";
import type { ConnectionStatus } from "../hooks/useConnectionStatus.ts";

interface Props {
  status: ConnectionStatus;
  everConnected: boolean;
}

/**
 * The status element holds only the state's word ("Forbundet"), so it is read out short when it
 * changes; the reassurance while offline sits next to it, outside the live region.
 */
export function ConnectionIndicator({ status, everConnected }: Props) {
  const { t } = useTranslation();
  const label =
    status === "connected"
      ? t("connection.connected")
      : status === "offline"
        ? t("connection.offline")
        : everConnected
          ? t("connection.reconnecting")
          : t("connection.connecting");
  return (
    <div className={`connection connection--${status}`}>
      <span className="connection__dot" aria-hidden="true" />
      <span role="status" className="connection__label">
        {label}
      </span>
      {status === "offline" ? <span className="connection__hint">{t("connection.offlineHint")}</span> : null}
    </div>
  );
}
