import type { Invitation, Member } from "@samplan/shared/api";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../ui/useFormatters.ts";
import { useNow } from "../../ui/useNow.ts";

interface Props {
  invitations: Invitation[];
  members: Member[];
  busyId: string | null;
  onRevoke: (invitation: Invitation, name: string) => void;
}

type Status = "active" | "inUse" | "expired" | "revoked";

function statusOf(invitation: Invitation, now: number): Status {
  if (invitation.revokedAt) return "revoked";
  if (new Date(invitation.expiresAt).getTime() <= now) return "expired";
  return invitation.inUse ? "inUse" : "active";
}

const STATUS_KEY = {
  active: "invite.statusActive",
  inUse: "invite.statusInUse",
  expired: "invite.statusExpired",
  revoked: "invite.statusRevoked",
} as const;
const BADGE = {
  active: "badge--success",
  inUse: "badge--success",
  expired: "badge--muted",
  revoked: "badge--muted",
} as const;

/** The meeting's invitations, newest first, and "Træk tilbage" for those still open. */
export function InvitationTable({ invitations, members, busyId, onRevoke }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const captionId = useId();
  const now = useNow(15_000);
  const nameOf = new Map(members.map((m) => [m.id as string, m.name]));
  const sorted = [...invitations].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  if (sorted.length === 0) return <p className="empty">{t("invite.listEmpty")}</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption id={captionId} className="visually-hidden">
          {t("invite.listCaption")}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("invite.who")}</th>
            <th scope="col">{t("invite.role")}</th>
            <th scope="col">{t("invite.kind")}</th>
            <th scope="col">{t("invite.expires")}</th>
            <th scope="col">{t("invite.status")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("invite.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((invitation) => {
            const name = nameOf.get(invitation.memberId) ?? t("invite.removedMember");
            const status = statusOf(invitation, now);
            const nameId = `invitation-${invitation.id}`;
            return (
              <tr key={invitation.id}>
                <th scope="row" id={nameId} className="table__strong">
                  {name}
                </th>
                <td>{t(`roles.${invitation.role}`)}</td>
                <td>{invitation.kind === "code" ? t("invite.kindCode") : t("invite.kindLink")}</td>
                <td>
                  <time dateTime={invitation.expiresAt}>{format.dateTime(invitation.expiresAt)}</time>
                </td>
                <td>
                  <span className={`badge ${BADGE[status]}`}>{t(STATUS_KEY[status])}</span>
                  {invitation.withoutConsent ? (
                    <span className="badge badge--warning">{t("invite.withoutConsent")}</span>
                  ) : null}
                </td>
                <td>
                  {status === "active" || status === "inUse" ? (
                    <button
                      type="button"
                      className="button button--danger-quiet"
                      aria-describedby={nameId}
                      disabled={busyId === invitation.id}
                      onClick={() => onRevoke(invitation, name)}
                    >
                      {t("invite.revoke")}
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
