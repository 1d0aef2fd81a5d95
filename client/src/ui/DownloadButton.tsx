import { useState } from "react";
import { useTranslation } from "react-i18next";
import { downloadFile } from "../api/request.ts";
import { BusyButton } from "./BusyButton.tsx";
import { errorMessage } from "./errorMessage.ts";
import { LiveRegion } from "./LiveRegion.tsx";
import { saveFile } from "./saveFile.ts";
import { useAnnouncer } from "./useAnnouncer.ts";

interface Props {
  /** The API path of the file. */
  path: string;
  /** Its name when the server gives none. */
  name: string;
  label: string;
}

/**
 * A download that checks the answer before saving it (issue 19): a refusal or an error is said
 * beside the button, not saved as `referat.pdf` holding the server's JSON. While it is fetched the
 * button says "Henter…" and keeps its focus; the outcome is read out.
 */
export function DownloadButton({ path, name, label }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, announce] = useAnnouncer();
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const answer = await downloadFile(path);
      const saved = answer.name ?? name;
      saveFile(answer.file, saved);
      announce(t("download.done", { name: saved }));
    } catch (failure) {
      setError(t("download.failed", { reason: errorMessage(failure, t) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <BusyButton className="button" busy={busy} busyLabel={t("busy.fetching")} onClick={() => void download()}>
        {label}
      </BusyButton>
      {error ? (
        <p className="notice notice--error download-failure" role="alert">
          {error}
        </p>
      ) : null}
      <LiveRegion message={message} />
    </>
  );
}
