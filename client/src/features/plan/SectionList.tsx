import type { RichText } from "@samplan/shared/model";
import type { Role } from "@samplan/shared/vocabulary";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../../ui/Icon.tsx";
import { useMeeting } from "../meeting/useMeeting.ts";
import { SectionItem, type SectionItemOptions } from "./SectionItem.tsx";

export type SectionName = "goals" | "resources" | "observations" | "steps";

type Word = "heading" | "explanation" | "add" | "empty" | "placeholder";

interface Props<T extends { id: string; createdBy: string; createdByRole: Role | null }> {
  name: SectionName;
  items: T[];
  textOf: (id: T["id"]) => RichText | null;
  /** Adds an item at the end and returns its id. */
  add: () => T["id"];
  move: (id: T["id"], toIndex: number) => void;
  remove: (id: T["id"]) => void;
  renderFields?: (item: T, index: number) => ReactNode;
  isDone?: (item: T) => boolean;
  /** Per item: what to show above its text, whether it may be removed, … */
  itemOptions?: (item: T, index: number) => SectionItemOptions;
}

/**
 * One of the meeting's sections: heading, a line saying what belongs here, the items and
 * an add button. Focus goes into a new item's editor so you can type right away, and to the
 * heading after a removal, since the removed item's controls are gone.
 */
export function SectionList<T extends { id: string; createdBy: string; createdByRole: Role | null }>({
  name,
  items,
  textOf,
  add,
  move,
  remove,
  renderFields,
  isDone,
  itemOptions,
}: Props<T>) {
  const { t } = useTranslation();
  const { announce, readOnly, isCitizen, plain } = useMeeting();
  // The citizen's view says the same in plainer words; item labels ("Mål 1") stay the same for all.
  // Det der virker keeps its words in a group of its own (translated for her on their own).
  const words = (key: Word) =>
    name === "resources"
      ? t(plain ? `resources.citizenView.${key}` : `resources.section.${key}`)
      : plain
        ? t(`citizenView.sections.${name}.${key}`)
        : t(`sections.${name}.${key}`);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const labelFor = (index: number) =>
    name === "resources" ? t("resources.section.item", { n: index + 1 }) : t(`sections.${name}.item`, { n: index + 1 });

  // Autofocus is a creation-time option; forget the request once the new item is on screen.
  useEffect(() => {
    if (focusId && items.some((item) => item.id === focusId)) setFocusId(null);
  }, [focusId, items]);

  const onAdd = () => {
    const id = add();
    setFocusId(id);
    announce(t("item.added", { label: labelFor(items.length) }));
  };

  return (
    <section className="plan-section" aria-labelledby={headingId} data-section={name}>
      <div className="plan-section__header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {words("heading")}
        </h2>
        <p className="plan-section__explanation">{words("explanation")}</p>
      </div>
      {items.length === 0 ? (
        <p className="plan-section__empty">{words("empty")}</p>
      ) : (
        <ol className="items">
          {items.map((item, index) => (
            <SectionItem
              key={item.id}
              id={item.id}
              index={index}
              count={items.length}
              label={labelFor(index)}
              placeholder={words("placeholder")}
              fragment={textOf(item.id)}
              autoFocus={item.id === focusId}
              readOnly={readOnly}
              citizenWords={isCitizen(item)}
              done={isDone?.(item)}
              onMove={(toIndex) => {
                move(item.id, toIndex);
                announce(t("item.moved", { label: labelFor(index), n: toIndex + 1 }));
              }}
              onRemove={() => {
                remove(item.id);
                heading.current?.focus();
                announce(t("item.removed", { label: labelFor(index) }));
              }}
              {...itemOptions?.(item, index)}
            >
              {renderFields?.(item, index)}
            </SectionItem>
          ))}
        </ol>
      )}
      {readOnly ? null : (
        <button type="button" className="button button--add" onClick={onAdd}>
          <Icon name="add" />
          {words("add")}
        </button>
      )}
    </section>
  );
}
