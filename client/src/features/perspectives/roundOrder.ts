import type { Speaker } from "@samplan/shared/model";
import type { ChairPerson } from "../chair/useChairPeople.ts";

/**
 * Everyone who takes a turn when a question starts a new round: as the round's own setup does it,
 * the citizen first, her own people, the professionals, the chair last; observers and the
 * interpreter have no turn of their own.
 */
const RANK = { borger: 0, netvaerk: 1, fagperson: 2, koordinator: 3, observatoer: 4, tolk: 5 } as const;

export function roundOrder(people: ChairPerson[]): Speaker[] {
  return people
    .filter((person) => person.role !== "observatoer" && person.role !== "tolk")
    .sort((a, b) => RANK[a.role] - RANK[b.role] || a.name.localeCompare(b.name, "da"))
    .map((person) => ({ id: person.memberId, name: person.name }));
}
