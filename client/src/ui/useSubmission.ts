import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "./errorMessage.ts";

export interface Submission {
  /** While the request is out: the submit button is disabled, so a double tap sends once. */
  busy: boolean;
  /** What went wrong, in words, for the form's alert; null when nothing did. */
  error: string | null;
  /** What was done, for the form's polite live region ("Forløbet er oprettet"). */
  done: string | null;
  /** A problem found before sending (a field left empty): shown like the server's. */
  fail(message: string | null): void;
  /** Clears what the last attempt said, before a new one is checked. */
  reset(): void;
  /**
   * Sends one submission. `work` answers with what to say once it is done. `atField` may show a
   * failure at the field it concerns (returning true); otherwise it goes to the form's alert.
   */
  run(work: () => Promise<string | null>, atField?: (failure: unknown, message: string) => boolean): Promise<void>;
}

/** The busy, error and done state every form of the app had spelled out for itself. */
export function useSubmission(): Submission {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const reset = useCallback(() => {
    setError(null);
    setDone(null);
  }, []);
  const run = useCallback(
    async (work: () => Promise<string | null>, atField?: (failure: unknown, message: string) => boolean) => {
      setBusy(true);
      try {
        const said = await work();
        setError(null);
        setDone(said);
      } catch (failure) {
        const message = errorMessage(failure, t);
        if (!atField?.(failure, message)) setError(message);
      } finally {
        setBusy(false);
      }
    },
    [t],
  );
  return { busy, error, done, fail: setError, reset, run };
}
