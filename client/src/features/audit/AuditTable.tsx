import type { AuditEvent, Meeting, Member } from "@samplan/shared/api";
import { isAuditAction, parseRole } from "@samplan/shared/vocabulary";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../ui/useFormatters.ts";
import { describeDetails } from "./auditDetails.ts";

/** The case's audit trail as a table, newest first. */
interface Props {
  events: AuditEvent[];
  meetings: Meeting[];
  /** The roster, to name people the events refer to by id. */
  members: Member[];
}

export function AuditTable({ events, meetings, members }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const meetingTitle = new Map(meetings.map((m) => [m.id as string, m.title]));
  const memberName = new Map(members.map((m) => [m.id as string, m.name]));
  const sorted = [...events].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
  if (sorted.length === 0) return <p className="empty">{t("audit.empty")}</p>;

  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{t("audit.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("audit.at")}</th>
            <th scope="col">{t("audit.actor")}</th>
            <th scope="col">{t("audit.action")}</th>
            <th scope="col">{t("audit.details")}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((event) => {
            const role = parseRole(event.actorRole);
            const title = event.meetingId ? meetingTitle.get(event.meetingId) : undefined;
            const details = describeDetails(event.details, (id) => memberName.get(id), t);
            return (
              <tr key={event.id}>
                <td>
                  <time dateTime={event.at}>{format.dateTime(event.at)}</time>
                </td>
                <td>
                  <span className="table__strong">{event.actor}</span>
                  {event.actorRole ? (
                    <span className="table__sub">{role ? t(`roles.${role}`) : event.actorRole}</span>
                  ) : null}
                </td>
                <td>{isAuditAction(event.action) ? t(`audit.actions.${event.action}`) : event.action}</td>
                <td>
                  {title ? <span className="table__sub">{title}</span> : null}
                  {details.length ? (
                    <dl className="details">
                      {details.map((line) => (
                        <div key={line.key}>
                          <dt>{line.label}</dt>
                          <dd>{line.value}</dd>
                        </div>
                      ))}
                    </dl>
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
