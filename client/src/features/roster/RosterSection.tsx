import type { Member, Vocabulary } from "@samplan/shared/api";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { addMember, removeMember, updateMember } from "../../api/roster.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { LiveRegion } from "../../ui/LiveRegion.tsx";
import { useAnnouncer } from "../../ui/useAnnouncer.ts";
import { MemberForm } from "./MemberForm.tsx";
import { MemberRow } from "./MemberRow.tsx";
import { tableRoleBody, tableRoleValuesOf } from "./tableRoleValues.ts";

interface Props {
  caseId: string;
  /** Her own people are shown as hers: "Sørens bror". */
  citizenName: string;
  members: Member[];
  vocabulary: Vocabulary | null;
  /** Something changed on the server: load the roster (and what depends on it) again. */
  onChanged: () => void;
}

function suggestions(fromVocabulary: string[] | undefined, fromMembers: string[]): string[] {
  return [...new Set([...(fromVocabulary ?? []), ...fromMembers.filter(Boolean)])].sort((a, b) => a.localeCompare(b));
}

/** Deltagere: who is in the citizen's network, as the coordinator keeps it. */
export function RosterSection({ caseId, citizenName, members, vocabulary, onChanged }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const organisationList = useId();
  const professionList = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, announce] = useAnnouncer();
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const heading = useRef<HTMLHeadingElement>(null);

  const stopEditing = (memberId: string) => {
    setEditing(null);
    // The form is gone; its row's "Rediger" button is where the person was.
    requestAnimationFrame(() => editButtons.current.get(memberId)?.focus());
  };

  const confirmRemove = async () => {
    if (!removing) return;
    setBusy(true);
    try {
      await removeMember(caseId, removing.id);
      announce(t("roster.removed", { name: removing.name }));
      setRemoving(null);
      setRemoveError(null);
      heading.current?.focus();
      onChanged();
    } catch (failure) {
      setRemoveError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="stack" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t("roster.heading")}
      </h2>
      <p className="muted">{t("roster.intro")}</p>
      <datalist id={organisationList}>
        {suggestions(
          vocabulary?.organisation,
          members.map((m) => m.organisation),
        ).map((label) => (
          <option key={label} value={label} />
        ))}
      </datalist>
      <datalist id={professionList}>
        {suggestions(
          vocabulary?.profession,
          members.map((m) => m.profession),
        ).map((label) => (
          <option key={label} value={label} />
        ))}
      </datalist>
      {members.length === 0 ? (
        <p className="empty">{t("roster.empty")}</p>
      ) : (
        <ul className="member-list" aria-labelledby={headingId}>
          {members.map((member) => (
            <li key={member.id}>
              {editing === member.id ? (
                <MemberForm
                  heading={t("roster.editHeading", { name: member.name })}
                  submitLabel={t("app.save")}
                  initial={{ ...member, email: member.email ?? "", ...tableRoleValuesOf(member) }}
                  citizenName={citizenName}
                  organisationList={organisationList}
                  professionList={professionList}
                  focusOnMount
                  onCancel={() => stopEditing(member.id)}
                  onSubmit={async (values) => {
                    const { accountUsername: _, relationKind, relationLabel, adultConfirmed, ...changes } = values;
                    const updated = await updateMember(caseId, member.id, { ...changes, ...tableRoleBody(values) });
                    const done = t("roster.updated", { name: updated.name });
                    announce(done);
                    stopEditing(member.id);
                    onChanged();
                    return done;
                  }}
                />
              ) : (
                <MemberRow
                  member={member}
                  editable
                  editButtonRef={(element) => {
                    if (element) editButtons.current.set(member.id, element);
                    else editButtons.current.delete(member.id);
                  }}
                  onEdit={() => setEditing(member.id)}
                  onRemove={() => {
                    setRemoveError(null);
                    setRemoving(member);
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="card">
        <MemberForm
          heading={t("roster.addHeading")}
          submitLabel={t("roster.add")}
          organisationList={organisationList}
          professionList={professionList}
          withAccount
          citizenName={citizenName}
          onSubmit={async ({ accountUsername, relationKind, relationLabel, adultConfirmed, ...values }) => {
            const added = await addMember(caseId, {
              ...values,
              ...tableRoleBody({ role: values.role, relationKind, relationLabel, adultConfirmed }),
              ...(accountUsername ? { accountUsername } : {}),
            });
            onChanged();
            return t("roster.added", { name: added.name });
          }}
        />
      </div>
      <ConfirmDialog
        open={removing !== null}
        title={t("roster.removeTitle", { name: removing?.name ?? "" })}
        body={t("roster.removeBody", { name: removing?.name ?? "" })}
        detail={removeError ?? undefined}
        confirmLabel={t("roster.removeConfirm", { name: removing?.name ?? "" })}
        danger
        busy={busy}
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(null)}
      />
      <LiveRegion message={message} />
    </section>
  );
}
