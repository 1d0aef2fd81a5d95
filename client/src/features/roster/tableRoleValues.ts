import type { AddMemberBody, Member } from "@samplan/shared/api";
import type { Role } from "@samplan/shared/vocabulary";
import type { TableRoleValues } from "./TableRoleFields.tsx";

/** The form's values for a roster entry's role at the table; her own people's own name, without "(Sørens bror)". */
export function tableRoleValuesOf(member: Member): TableRoleValues & { name: string } {
  const open = member.name.lastIndexOf(" (");
  const ownName = member.relation
    ? open > 0 && member.name.endsWith(")")
      ? member.name.slice(0, open)
      : ""
    : member.name;
  return {
    name: ownName,
    relationKind: member.relation?.kind ?? "familie",
    relationLabel: member.relation?.label ?? "",
    adultConfirmed: member.adultConfirmedAt !== null,
  };
}

/** What a role at the table adds to the body the server takes. */
export function tableRoleBody(
  values: TableRoleValues & { role: Role },
): Pick<AddMemberBody, "relation" | "adultConfirmed"> {
  if (values.role === "netvaerk") return { relation: { kind: values.relationKind, label: values.relationLabel } };
  if (values.role === "tolk") return { adultConfirmed: values.adultConfirmed };
  return {};
}
