import { getHandoverNews } from "../../api/handover.ts";
import { useResource } from "../../ui/useResource.ts";
import { NewCoordinatorNotice } from "./NewCoordinatorNotice.tsx";
import "./handover.css";

/** On the citizen's meeting page: her new coordinator's name, once her case has changed hands. */
export function CitizenHandoverNotice({ caseId }: { caseId: string }) {
  const [news] = useResource(`handover:${caseId}`, () => getHandoverNews(caseId));
  const name = news.status === "ready" ? news.data.newCoordinator?.name : undefined;
  return name ? <NewCoordinatorNotice name={name} /> : null;
}
