import type { MeetingWithCase } from "@samplan/shared/api";
import type { PresenceUser } from "@samplan/shared/model";
import { planWriting, type Role } from "@samplan/shared/vocabulary";
import { lazy, Suspense, useCallback, useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { FailureBoundary } from "../../ui/FailureBoundary.tsx";
import { LiveRegion } from "../../ui/LiveRegion.tsx";
import { ToolPanelStandIn } from "../../ui/ToolPanel.tsx";
import { useAnnouncer } from "../../ui/useAnnouncer.ts";
import { ChairBanner } from "../chair/ChairBanner.tsx";
import { RoundSection } from "../chair/RoundSection.tsx";
import { useChair } from "../chair/useChair.ts";
import { CitizenAgreementSection } from "../citizen/CitizenAgreementSection.tsx";
import { CitizenWeekSection } from "../coherence/CitizenWeekSection.tsx";
import { FutureDialogueSlot } from "../futureDialogue/FutureDialogueSlot.tsx";
import { GoalsSection } from "../goals/GoalsSection.tsx";
import { ObservationsSection } from "../observations/ObservationsSection.tsx";
import { preloadTextEditor } from "../plan/ItemEditor.tsx";
import { ResourcesSection } from "../resources/ResourcesSection.tsx";
import { StepsSection } from "../steps/StepsSection.tsx";
import { useStepsGivenToYou } from "../steps/useStepsGivenToYou.ts";
import { ConnectionIndicator } from "./ConnectionIndicator.tsx";
import { MeetingContext, type MeetingContextValue } from "./meetingContext.ts";
import { PresenceBar } from "./PresenceBar.tsx";
import { UndoControls } from "./UndoControls.tsx";
import { useConnectionStatus } from "./useConnectionStatus.ts";
import type { MeetingConnection } from "./useMeetingConnection.ts";
import { usePresence } from "./usePresence.ts";
import { useUndo } from "./useUndo.ts";
import { WritingIn } from "./WritingIn.tsx";
import { WritingNotice } from "./WritingNotice.tsx";

// The coordinator's tools (inviting with QR codes, editing the agenda) load only for the
// coordinator: the citizen's tablet and the professionals' phones do not download them.
const InvitePanel = lazy(() => import("../roster/InvitePanel.tsx").then((m) => ({ default: m.InvitePanel })));
const AgendaPanel = lazy(() => import("../chair/AgendaPanel.tsx").then((m) => ({ default: m.AgendaPanel })));
const VoicesPanel = lazy(() => import("../chair/VoicesPanel.tsx").then((m) => ({ default: m.VoicesPanel })));
// The keyboard shortcuts' help is a closed dialog until asked for, and only for those who write
// with a keyboard beside the citizen's plain view: her tablet does not download it.
const ShortcutHelp = lazy(() => import("../plan/ShortcutHelp.tsx").then((m) => ({ default: m.ShortcutHelp })));

interface Props {
  connection: MeetingConnection;
  meeting: MeetingWithCase;
  user: PresenceUser;
  readOnly: boolean;
  /** The coordinator invites from here. */
  canInvite: boolean;
  /** Closed: read-only for everyone; the page says so instead of the observer's notice. */
  closed?: boolean;
  /** The citizen's view: plain words, large type, the chair's phase in one line. */
  plain?: boolean;
}

/** The live plan: who is here, whether edits get through, undo, and the five sections. */
export function MeetingWorkspace({ connection, meeting, user, readOnly, canInvite, closed, plain = false }: Props) {
  const { t } = useTranslation();
  const { doc, history, provider } = connection;
  const people = usePresence(provider, user);
  const connectionStatus = useConnectionStatus(provider);
  const undo = useUndo(history);
  const [message, announce] = useAnnouncer();
  const chair = useChair(connection, user, readOnly);
  // Items record their author's role; ones written before that was recorded fall back to the name.
  const isCitizen = useCallback(
    (item: { createdBy: string; createdByRole: Role | null }) =>
      item.createdByRole ? item.createdByRole === "borger" : item.createdBy === meeting.citizenName,
    [meeting.citizenName],
  );
  const context = useMemo<MeetingContextValue>(
    () => ({ doc, history, provider, user, readOnly, plain, isCitizen, announce }),
    [doc, history, provider, user, readOnly, plain, isCitizen, announce],
  );
  useStepsGivenToYou(doc, user, announce);
  // The plan is on screen; now the editor, so it is ready when the first item is added.
  useEffect(preloadTextEditor, []);
  // The citizen is offered as "Borgeren", and an observer or an interpreter takes no steps: only
  // the others by name (her own people may take one: "Sørens bror kører hende derhen").
  const owners = useMemo(
    () => people.filter((p) => p.role !== "borger" && planWriting(p.role) !== "none").map((p) => p.name),
    [people],
  );

  // Each part of the plan fails on its own (issue 19): one that cannot be drawn says so, and the
  // others, the presence and the connection go on as before.
  const resources = (
    <FailureBoundary part="resources">
      <WritingIn section="resources">
        <ResourcesSection />
      </WritingIn>
    </FailureBoundary>
  );

  return (
    <MeetingContext.Provider value={context}>
      <ChairBanner chair={chair} readOnly={readOnly} plain={plain} offline={connectionStatus.status === "offline"} />
      <div className="meeting-bar">
        <PresenceBar people={people} />
        <div className="meeting-bar__end">
          <ConnectionIndicator {...connectionStatus} provider={provider} writable={!readOnly} />
          {readOnly ? null : <UndoControls undo={undo} />}
        </div>
      </div>
      {closed ? null : <WritingNotice role={user.role} readOnly={readOnly} />}
      {readOnly || plain ? null : (
        <Suspense fallback={null}>
          <ShortcutHelp />
        </Suspense>
      )}
      {/* Each panel holds its place while its code loads, so the plan below does not jump. */}
      {canInvite ? (
        <FailureBoundary part="invitations">
          <Suspense fallback={<ToolPanelStandIn title={t("invite.toggle")} className="invite-panel" />}>
            <InvitePanel meeting={meeting} people={people} />
          </Suspense>
        </FailureBoundary>
      ) : null}
      {chair.isChair ? (
        <FailureBoundary part="agenda">
          <Suspense fallback={<ToolPanelStandIn title={t("chair.agenda.toggle")} className="agenda-panel" />}>
            <AgendaPanel chair={chair} meetingId={meeting.id} caseId={meeting.caseId} userName={user.name} />
          </Suspense>
        </FailureBoundary>
      ) : null}
      {chair.isChair ? (
        <FailureBoundary part="voices">
          <Suspense fallback={<ToolPanelStandIn title={t("voices.toggle")} className="voices-panel" />}>
            <VoicesPanel chair={chair} closedAt={meeting.closedAt} />
          </Suspense>
        </FailureBoundary>
      ) : null}
      <div className="plan" data-current-section={chair.view.now?.section ?? undefined}>
        {/* What works before what is in the way: in her view it opens the plan; for the others it
            follows the goals it helps with. */}
        {plain ? resources : null}
        <FailureBoundary part="goals">
          <WritingIn section="goals">
            <GoalsSection />
          </WritingIn>
        </FailureBoundary>
        {plain ? null : resources}
        <FailureBoundary part="observations">
          <WritingIn section="observations">
            <ObservationsSection />
          </WritingIn>
        </FailureBoundary>
        <FailureBoundary part="round">
          <WritingIn section="round">
            <RoundSection chair={chair} />
          </WritingIn>
        </FailureBoundary>
        <FailureBoundary part="round">
          <FutureDialogueSlot chair={chair} />
        </FailureBoundary>
        <FailureBoundary part="steps">
          <WritingIn section="steps">
            <StepsSection participants={owners} />
          </WritingIn>
        </FailureBoundary>
        {plain ? <CitizenWeekSection /> : null}
        <FailureBoundary part="agreement">
          <CitizenAgreementSection />
        </FailureBoundary>
      </div>
      <LiveRegion message={message} />
    </MeetingContext.Provider>
  );
}
