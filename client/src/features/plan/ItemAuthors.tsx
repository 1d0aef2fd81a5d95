import type { Author, ItemAttribution } from "@samplan/shared/record";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { localeFor } from "../../i18n/index.ts";
import { conjunctionList } from "../../ui/formats.ts";
import "./attribution.css";

/**
 * Who wrote an item and who changed it, in one line a caseworker can read ("Skrevet af Mette
 * (koordinator) · rettet af Ali (borger)"), and on request the text with who wrote each part.
 * The names are the server's record of who was signed in, not what the item says about itself;
 * that claim is shown only where the server saw nobody write the item.
 */
export function ItemAuthors({ attribution }: { attribution: ItemAttribution | undefined }) {
  const { t, i18n } = useTranslation();
  const [showRuns, setShowRuns] = useState(false);
  const runsId = useId();
  if (!attribution) return null;
  const list = conjunctionList(localeFor(i18n.resolvedLanguage));
  const named = (author: Pick<Author, "name"> & { role: Author["role"] | null }) =>
    author.role
      ? t("attribution.author", { name: author.name, role: t(`attribution.roles.${author.role}`) })
      : author.name;

  const parts: string[] = [];
  if (attribution.writtenBy) parts.push(t("attribution.writtenBy", { author: named(attribution.writtenBy) }));
  else if (attribution.claimedBy) parts.push(t("attribution.claimedBy", { author: named(attribution.claimedBy) }));
  if (attribution.editedBy.length > 0) {
    parts.push(t("attribution.editedBy", { authors: list.format(attribution.editedBy.map(named)) }));
  }
  // Worth opening only when more than one person wrote the words that stand.
  const severalWriters = new Set(attribution.runs.map((run) => run.author?.memberId ?? null)).size > 1;
  if (parts.length === 0) return null;

  return (
    <div className="item-authors">
      <p className="muted item-authors__line">
        {parts.join(" · ")}
        {severalWriters ? (
          <>
            {" "}
            <button
              type="button"
              className="item-authors__toggle no-print"
              aria-expanded={showRuns}
              aria-controls={runsId}
              onClick={() => setShowRuns(!showRuns)}
            >
              {showRuns ? t("attribution.hideRuns") : t("attribution.showRuns")}
            </button>
          </>
        ) : null}
      </p>
      {severalWriters && showRuns ? (
        <div id={runsId} className="item-authors__runs" role="note" aria-label={t("attribution.runsLabel")}>
          {/* A frozen list in reading order: its place is a stable key. */}
          {attribution.runs
            .map((run, place) => ({ ...run, place }))
            .map((run) => (
              <span
                key={run.place}
                className={run.author ? "item-authors__run" : "item-authors__run item-authors__run--unknown"}
              >
                <span className="item-authors__who">
                  {run.author ? t("attribution.runBy", { name: run.author.name }) : t("attribution.unknown")}
                </span>
                {run.text}
              </span>
            ))}
        </div>
      ) : null}
    </div>
  );
}
