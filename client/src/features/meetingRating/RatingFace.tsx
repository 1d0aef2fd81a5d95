/** The mouth from turned down (1) to a broad smile (5): the control point of one curve. */
const MOUTH_BEND = [-7, -3.5, 0, 4, 8] as const;

/**
 * A plain face for one step of the scale, beside its words: the words carry the meaning (and are
 * what a screen reader says), the face lets her see the step at a glance.
 */
export function RatingFace({ step }: { step: number }) {
  const bend = MOUTH_BEND[step - 1] ?? 0;
  return (
    <svg className="rating-face" viewBox="0 0 40 40" width="40" height="40" aria-hidden="true" focusable="false">
      <circle cx="20" cy="20" r="18" fill="none" stroke="currentColor" strokeWidth="2.5" />
      <circle cx="14" cy="16" r="2.5" fill="currentColor" />
      <circle cx="26" cy="16" r="2.5" fill="currentColor" />
      <path
        d={`M12 ${27 - bend / 2} Q20 ${27 + bend} 28 ${27 - bend / 2}`}
        fill="none"
        stroke="currentColor"
        strokeWidth="2.5"
        strokeLinecap="round"
      />
    </svg>
  );
}
