import { firstName, type Scale } from "@samplan/shared/model";
import type { CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import { spreadRows } from "./spreadRows.ts";

interface Props {
  scales: Scale[];
  previous: Scale[];
  /** Your own rater key: your marker is outlined, so you find yourself. */
  selfKey: string;
}

const TICKS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * Every perspective side by side on one 0–10 line, one labelled marker each — not an average,
 * since where the network disagrees is worth talking about. The markers are a list, so a screen
 * reader reads "Peter Lund, fagperson: 5 (sidst 3)" for each.
 */
export function ScaleSpread({ scales, previous, selfKey }: Props) {
  const { t } = useTranslation();
  if (scales.length === 0) return <p className="muted scale-spread__none">{t("scale.othersNone")}</p>;
  const rows = spreadRows(scales.map((scale) => scale.value));
  const rowCount = Math.max(...rows) + 1;
  const lastOf = new Map(previous.map((scale) => [scale.raterKey, scale.value]));
  return (
    <div className="scale-spread" style={{ "--rows": rowCount } as CSSProperties}>
      <ul className="scale-spread__markers">
        {scales.map((scale, index) => {
          const last = lastOf.get(scale.raterKey);
          const who = `${scale.raterName}, ${t(`roles.${scale.raterRole}`).toLowerCase()}`;
          const full =
            last === undefined
              ? t("scale.other", { name: who, value: scale.value })
              : t("scale.otherWithLast", { name: who, value: scale.value, last });
          const className = [
            "scale-marker",
            scale.raterRole === "borger" ? "scale-marker--citizen" : null,
            scale.raterKey === selfKey ? "scale-marker--self" : null,
          ]
            .filter(Boolean)
            .join(" ");
          return (
            <li
              key={scale.raterKey}
              className={className}
              title={full}
              style={{ "--at": scale.value, "--row": rows[index] ?? 0 } as CSSProperties}
            >
              <span className="scale-marker__label" aria-hidden="true">
                <span className="scale-marker__name">{firstName(scale.raterName)}</span> {scale.value}
                {last === undefined || last === scale.value ? null : (
                  <span className="scale-marker__moved">{moved(scale.value - last)}</span>
                )}
              </span>
              <span className="visually-hidden">{full}</span>
            </li>
          );
        })}
      </ul>
      <div className="scale-spread__axis" aria-hidden="true">
        {TICKS.map((tick) => (
          <span key={tick} className="scale-spread__tick" style={{ "--at": tick } as CSSProperties}>
            {tick}
          </span>
        ))}
      </div>
    </div>
  );
}

/** How far someone moved since last time, at a glance beside their value: "↑2", "↓1". */
function moved(steps: number): string {
  return steps > 0 ? `↑${steps}` : `↓${-steps}`;
}
