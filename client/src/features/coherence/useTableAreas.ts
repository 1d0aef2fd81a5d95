import { areasFromWords } from "@samplan/shared/areaWords";
import type { LifeArea } from "@samplan/shared/vocabulary";
import { useEffect, useMemo } from "react";
import { listMembers } from "../../api/roster.ts";
import { useResource } from "../../ui/useResource.ts";
import type { ChairPerson } from "../chair/useChairPeople.ts";

/**
 * The areas each person at the table works with: as the coordinator set them on their roster entry,
 * or else read from its profession and organisation (shared/src/vocabulary/lifeAreas.ts): those in the meeting now, or the whole
 * roster when nobody present can be matched to it (presence not known yet, or the connection
 * lost). Undefined until the roster has come, so the checklist does not cry wolf meanwhile.
 */
export function useTableAreas(caseId: string, people: readonly ChairPerson[]): { areas: LifeArea[] }[] | undefined {
  const [members, reload] = useResource(`members:${caseId}`, () => listMembers(caseId));
  const present = people.flatMap((person) => (person.memberId ? [person.memberId] : []));
  const presentKey = [...new Set(present)].sort().join(" ");
  const roster = members.status === "ready" ? members.data.members : null;

  // Someone added to the roster during the meeting joins: read the roster again to know their work.
  const unknown = roster !== null && present.some((id) => !roster.some((member) => member.id === id));
  useEffect(() => {
    if (unknown) reload();
  }, [unknown, reload]);

  return useMemo(() => {
    if (!roster) return undefined;
    const ids = new Set(presentKey.split(" ").filter(Boolean));
    const here = roster.filter((member) => ids.has(member.id));
    return (here.length > 0 ? here : roster).map((member) => ({
      areas: member.areas ?? areasFromWords(member.profession, member.organisation),
    }));
  }, [roster, presentKey]);
}
