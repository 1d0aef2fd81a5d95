import { useLayoutEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../../ui/Icon.tsx";

interface Props {
  index: number;
  count: number;
  /** id of the item's editor, so each button is described by the item's own words. */
  describedBy: string;
  onMove: (toIndex: number) => void;
  /** Left out for an item that is not removed (a goal carried from an earlier meeting). */
  onRemove?: () => void;
  /** Shown but not usable (the agenda's current phase), with `removeTitle` saying why. */
  removeDisabled?: boolean;
  removeTitle?: string;
  /** Extra class names for the group, for a layout of its own. */
  className?: string;
}

/**
 * Move up, move down, remove. The buttons' names stay short and identical across items; the
 * item's text is their description. Moving re-orders the list under the pressed button, which
 * can drop focus, so focus is put back on it (or on its twin when it just became disabled).
 */
export function ItemControls({
  index,
  count,
  describedBy,
  onMove,
  onRemove,
  removeDisabled,
  removeTitle,
  className,
}: Props) {
  const { t } = useTranslation();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const refocus = useRef<"up" | "down" | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the item's place changed.
  useLayoutEffect(() => {
    const wanted = refocus.current;
    refocus.current = null;
    if (!wanted) return;
    const [first, second] = wanted === "up" ? [up.current, down.current] : [down.current, up.current];
    (first && !first.disabled ? first : second)?.focus();
  }, [index]);

  const move = (direction: "up" | "down") => {
    refocus.current = direction;
    onMove(direction === "up" ? index - 1 : index + 1);
  };

  return (
    <div className={className ? `item-controls ${className}` : "item-controls"}>
      <button
        ref={up}
        type="button"
        className="icon-button"
        aria-label={t("item.moveUp")}
        title={t("item.moveUp")}
        aria-describedby={describedBy}
        disabled={index === 0}
        onClick={() => move("up")}
      >
        <Icon name="up" />
      </button>
      <button
        ref={down}
        type="button"
        className="icon-button"
        aria-label={t("item.moveDown")}
        title={t("item.moveDown")}
        aria-describedby={describedBy}
        disabled={index >= count - 1}
        onClick={() => move("down")}
      >
        <Icon name="down" />
      </button>
      {onRemove ? (
        <button
          type="button"
          className="icon-button icon-button--danger"
          aria-label={t("item.remove")}
          title={removeTitle ?? t("item.remove")}
          aria-describedby={describedBy}
          disabled={removeDisabled}
          onClick={onRemove}
        >
          <Icon name="remove" />
        </button>
      ) : null}
    </div>
  );
}
