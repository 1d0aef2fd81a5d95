import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { ChairHands } from "./useChairHands.ts";

/**
 * The coordinator's queue of raised hands, first raised first, and "Giv ordet" for the first.
 * A new hand is said out loud (politely) so a coordinator who cannot see the screen knows too.
 */
export function HandQueue({ hands, announce }: { hands: ChairHands; announce: (message: string) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const known = useRef<Set<string> | null>(null);

  useEffect(() => {
    const keys = new Set(hands.queue.map((hand) => `${hand.key}@${hand.raisedAt}`));
    const before = known.current;
    known.current = keys;
    if (!before) return;
    for (const hand of hands.queue) {
      if (!before.has(`${hand.key}@${hand.raisedAt}`)) announce(t("chair.hands.newHand", { name: hand.name }));
    }
  }, [hands.queue, announce, t]);

  const first = hands.queue[0];
  if (!first) return null;
  return (
    <div className="chair-queue">
      <span id={headingId} className="chair-queue__heading">
        {t("chair.hands.queueHeading")}
      </span>
      <ol className="chair-queue__list" aria-labelledby={headingId}>
        {hands.queue.map((hand) => (
          <li key={hand.key} className="chair-queue__hand">
            {hand.name}
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--primary"
        onClick={() => {
          const taken = hands.takeNext();
          if (taken) announce(t("chair.hands.given", { name: taken.name }));
        }}
      >
        {t("chair.hands.give", { name: first.name })}
      </button>
    </div>
  );
}
