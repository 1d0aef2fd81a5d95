import type { CreatedInvitation, Invitation, MeetingWithCase, Member } from "@samplan/shared/api";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ApiFailure } from "../../api/ApiFailure.ts";
import { createInvitation, listInvitations, listMembers, revokeInvitation } from "../../api/roster.ts";
import { BusyButton } from "../../ui/BusyButton.tsx";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { FieldError } from "../../ui/FieldError.tsx";
import { LiveRegion } from "../../ui/LiveRegion.tsx";
import { LoadFailure } from "../../ui/LoadFailure.tsx";
import { ToolPanel } from "../../ui/ToolPanel.tsx";
import { useAnnouncer } from "../../ui/useAnnouncer.ts";
import { useResource } from "../../ui/useResource.ts";
import type { Present } from "../meeting/usePresence.ts";
import { usePrincipal } from "../session/usePrincipal.ts";
import { CreatedLink } from "./CreatedLink.tsx";
import { InvitationTable } from "./InvitationTable.tsx";
import { JoinCodeDialog } from "./JoinCodeDialog.tsx";

type Kind = "link" | "code";

interface Props {
  meeting: MeetingWithCase;
  /** Who is in the meeting now: the code dialog says when the invited person has arrived. */
  people: Present[];
}

/**
 * Inviter: the coordinator picks someone from the case's roster and makes a personal link, or for
 * the citizen a short code with a QR code to show on this screen. Below, the meeting's invitations
 * with their state, and "Træk tilbage".
 */
export function InvitePanel({ meeting, people }: Props) {
  const { t } = useTranslation();
  const ids = { member: useId(), error: useId() };
  const [members, reloadMembers] = useResource(`members:${meeting.caseId}`, () => listMembers(meeting.caseId));
  const [invitations, reloadInvitations] = useResource(`invitations:${meeting.id}`, () => listInvitations(meeting.id));
  const [memberId, setMemberId] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [needsConsent, setNeedsConsent] = useState<{ member: Member; kind: Kind } | null>(null);
  const [created, setCreated] = useState<{ member: Member; result: CreatedInvitation } | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const [message, announce] = useAnnouncer();

  const principal = usePrincipal();
  const everyone = members.status === "ready" ? members.data.members : [];
  // The coordinator is on the roster too, but has no use for an invitation to their own meeting.
  const roster = everyone.filter((m) => principal.kind !== "staff" || m.accountId !== principal.accountId);
  const chosen = roster.find((m) => m.id === memberId) ?? null;

  const invite = async (member: Member, kind: Kind, confirmWithoutConsent = false) => {
    setBusy(true);
    setError(null);
    setCreated(null);
    try {
      const result = await createInvitation(meeting.id, { memberId: member.id, kind, confirmWithoutConsent });
      setCreated({ member, result });
      reloadInvitations();
    } catch (failure) {
      if (failure instanceof ApiFailure && failure.code === "consent_required" && !confirmWithoutConsent) {
        setNeedsConsent({ member, kind });
      } else {
        setError(errorMessage(failure, t));
      }
    } finally {
      setBusy(false);
    }
  };

  const start = (kind: Kind) => {
    if (!chosen) {
      setError(t("invite.chooseFirst"));
      document.getElementById(ids.member)?.focus();
      return;
    }
    void invite(chosen, kind);
  };

  const revoke = async (invitation: Invitation, name: string) => {
    setRevoking(invitation.id);
    setError(null);
    try {
      await revokeInvitation(invitation.id);
      announce(t("invite.revoked", { name }));
      reloadInvitations();
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setRevoking(null);
    }
  };

  const fullUrl = (path: string) => new URL(path, window.location.origin).href;
  const code = created?.result.code && created.result.invitation.kind === "code" ? created : null;
  const link = created && created.result.invitation.kind === "link" ? created : null;
  const codeJoined =
    code !== null && people.some((p) => !p.isSelf && p.name === code.member.name && p.role === code.member.role);

  return (
    <ToolPanel
      title={t("invite.toggle")}
      className="invite-panel"
      after={
        <>
          {code?.result.code ? (
            <JoinCodeDialog
              key={code.result.invitation.id}
              name={code.member.name}
              code={code.result.code}
              url={fullUrl(code.result.joinPath)}
              expiresAt={code.result.invitation.expiresAt}
              joined={codeJoined}
              busy={busy}
              onNewCode={() => void invite(code.member, "code", code.result.invitation.withoutConsent)}
              onClose={() => {
                setCreated(null);
                reloadInvitations();
              }}
            />
          ) : null}
          <ConfirmDialog
            open={needsConsent !== null}
            title={t("invite.consentTitle", { name: needsConsent?.member.name ?? "" })}
            body={t("invite.consentBody", { name: needsConsent?.member.name ?? "" })}
            detail={t("invite.consentExplain")}
            confirmLabel={t("invite.consentConfirm")}
            busy={busy}
            onConfirm={() => {
              if (!needsConsent) return;
              setNeedsConsent(null);
              void invite(needsConsent.member, needsConsent.kind, true);
            }}
            onCancel={() => setNeedsConsent(null)}
          />
          <LiveRegion message={message} />
        </>
      }
    >
      {members.status === "error" ? <LoadFailure error={members.error} retry={reloadMembers} /> : null}
      {members.status === "ready" && roster.length === 0 ? (
        <p>
          {t("invite.noMembers")} <Link href={`/cases/${meeting.caseId}`}>{t("invite.rosterLink")}</Link>
        </p>
      ) : (
        <div className="invite-panel__form">
          <div className="field">
            <label htmlFor={ids.member}>{t("invite.member")}</label>
            <select
              id={ids.member}
              value={memberId}
              aria-describedby={error ? ids.error : undefined}
              onChange={(event) => {
                setMemberId(event.target.value);
                setError(null);
              }}
            >
              <option value="">{t("invite.chooseMember")}</option>
              {roster.map((member) => (
                <option key={member.id} value={member.id}>
                  {t("invite.memberOption", { name: member.name, role: t(`roles.${member.role}`) })}
                </option>
              ))}
            </select>
          </div>
          <div className="tool-panel__buttons">
            <BusyButton
              type="button"
              className="button button--primary"
              busy={busy}
              busyLabel={t("busy.fetching")}
              onClick={() => start("link")}
            >
              {t("invite.makeLink")}
            </BusyButton>
            {/* A code is typed at the table: the citizen's, and her own people's, who come as she does. */}
            {chosen?.role === "borger" || chosen?.role === "netvaerk" ? (
              <BusyButton
                type="button"
                className="button button--primary"
                busy={busy}
                busyLabel={t("busy.fetching")}
                onClick={() => start("code")}
              >
                {t("invite.showCode")}
              </BusyButton>
            ) : null}
          </div>
        </div>
      )}
      <div role="alert">{error ? <FieldError id={ids.error}>{error}</FieldError> : null}</div>
      {link ? (
        <CreatedLink
          key={link.result.invitation.id}
          name={link.member.name}
          url={fullUrl(link.result.joinPath)}
          expiresAt={link.result.invitation.expiresAt}
          onDone={() => {
            setCreated(null);
            document.getElementById(ids.member)?.focus();
          }}
        />
      ) : null}
      <h3 className="invite-panel__list-heading">{t("invite.listHeading")}</h3>
      {invitations.status === "error" ? <LoadFailure error={invitations.error} retry={reloadInvitations} /> : null}
      {invitations.status === "ready" ? (
        <InvitationTable
          invitations={invitations.data.invitations}
          members={everyone}
          busyId={revoking}
          onRevoke={revoke}
        />
      ) : null}
    </ToolPanel>
  );
}
