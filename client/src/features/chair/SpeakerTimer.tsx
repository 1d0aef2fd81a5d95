import { useTranslation } from "react-i18next";
import { useNow } from "../../ui/useNow.ts";
import { speakerTime } from "./chairTime.ts";

interface Props {
  startedAt: number | null;
  timeboxSeconds: number | null;
  offset: number;
  className?: string;
}

/** A speaker's time: "1:05 af 2:00", "0:12 over", or "0:45" without a time box. */
export function SpeakerTimer({ startedAt, timeboxSeconds, offset, className = "chair-time" }: Props) {
  const { t } = useTranslation();
  const now = useNow(1000) + offset;
  const time = speakerTime(startedAt, timeboxSeconds, now);
  if (!time) return null;
  const text =
    time.kind === "used"
      ? t("chair.round.timeUsed", { used: time.used, box: time.box })
      : time.kind === "over"
        ? t("chair.round.timeOver", { over: time.over })
        : time.used;
  return <span className={time.kind === "over" ? `${className} ${className}--over` : className}>{text}</span>;
}
