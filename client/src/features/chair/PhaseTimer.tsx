import { useTranslation } from "react-i18next";
import { useNow } from "../../ui/useNow.ts";
import { phaseTime } from "./chairTime.ts";

interface Props {
  /** When the server stamped the phase's start. */
  startedAt: number | null;
  timeboxMinutes: number | null;
  /** Server clock minus this device's. */
  offset: number;
  className?: string;
}

/**
 * "12 af 15 min", and past the box "3 min over": calm words, no sound, no blinking. Not a live
 * region (it would talk every minute); the words change at most once a minute.
 */
export function PhaseTimer({ startedAt, timeboxMinutes, offset, className = "chair-time" }: Props) {
  const { t } = useTranslation();
  const now = useNow(1000) + offset;
  const time = phaseTime(startedAt, timeboxMinutes, now);
  if (!time) return null;
  const text =
    time.kind === "used"
      ? t("chair.banner.minutesUsed", { used: time.used, box: time.box })
      : time.kind === "over"
        ? t("chair.banner.minutesOver", { over: time.over })
        : t("chair.banner.minutesElapsed", { used: time.used });
  return (
    <span className={time.kind === "over" ? `${className} ${className}--over` : className} data-time={time.kind}>
      {text}
    </span>
  );
}
