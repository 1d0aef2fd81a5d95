import type { Member } from "@samplan/shared/api";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ConsentBadge } from "../consent/ConsentBadge.tsx";

interface Props {
  member: Member;
  /** The roster can be changed (the coordinator); otherwise the row only tells. */
  editable: boolean;
  onEdit: () => void;
  onRemove: () => void;
  editButtonRef?: (element: HTMLButtonElement | null) => void;
}

/** One person on the roster: name, what they do and where, and whether the consent covers them. */
export function MemberRow({ member, editable, onEdit, onRemove, editButtonRef }: Props) {
  const { t } = useTranslation();
  const nameId = useId();
  const reminded = member.email && member.reminders === "email" ? t("roster.remindedByEmail") : "";
  const relation = member.relation ? t(`tableRoles.relationKinds.${member.relation.kind}`) : "";
  const details = [t(`roles.${member.role}`), relation, member.organisation, member.profession, reminded]
    .filter(Boolean)
    .join(" · ");
  return (
    <div className="member">
      <div className="member__main">
        <span id={nameId} className="member__name">
          {member.name}
        </span>
        <span className="member__details">{details}</span>
      </div>
      {/* The consent is the citizen's own, so it says nothing about the citizen. */}
      {member.role !== "borger" ? <ConsentBadge covered={member.consentCovered} /> : <span />}
      {editable ? (
        <div className="member__actions">
          <button ref={editButtonRef} type="button" className="button" aria-describedby={nameId} onClick={onEdit}>
            {t("roster.edit")}
          </button>
          <button type="button" className="button button--danger-quiet" aria-describedby={nameId} onClick={onRemove}>
            {t("roster.remove")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
