import type { Migration, MigrationProvider } from "kysely/migration";
import { initial } from "./001_initial.ts";
import { peopleAndAccess } from "./002_people_and_access.ts";
import { meetingLifecycle } from "./003_meeting_lifecycle.ts";
import { minutesAndVersions } from "./004_minutes_and_versions.ts";
import { documentAuthors } from "./005_document_authors.ts";
import { consentValidUntil } from "./006_consent_valid_until.ts";
import { accountLifecycle } from "./009_account_lifecycle.ts";
import { caseTombstones } from "./010_case_tombstones.ts";
import { stepLinks } from "./011_step_links.ts";
import { outbox } from "./012_outbox.ts";
import { citizenPreparation } from "./013_citizen_preparation.ts";
import { meetingCancellation } from "./014_meeting_cancellation.ts";
import { calendarFeeds } from "./015_calendar_feeds.ts";
import { mailLanguage } from "./016_mail_language.ts";
import { meetingPlace } from "./017_meeting_place.ts";
import { caseClosing } from "./018_case_closing.ts";
import { caseHandover } from "./019_case_handover.ts";
import { teams } from "./020_teams.ts";
import { networkRoles } from "./021_network_roles.ts";
import { meetingRatings } from "./022_meeting_ratings.ts";
import { meetingTemplates } from "./023_meeting_templates.ts";
import { meetingTemplateOwners } from "./024_meeting_template_owners.ts";
import { memberAreas } from "./025_member_areas.ts";

// Listed in code rather than read from a folder, so the set of migrations is what was reviewed
// and typechecked. Names sort in the order they must run; never rename or edit a shipped one.
// 007 and 008 were never used: Kysely refuses a migration that sorts before one already run, so
// a new one sorts after the last one listed.
const migrations: Record<string, Migration> = {
  "001_initial": initial,
  "002_people_and_access": peopleAndAccess,
  "003_meeting_lifecycle": meetingLifecycle,
  "004_minutes_and_versions": minutesAndVersions,
  "005_document_authors": documentAuthors,
  "006_consent_valid_until": consentValidUntil,
  "009_account_lifecycle": accountLifecycle,
  "010_case_tombstones": caseTombstones,
  "011_step_links": stepLinks,
  "012_outbox": outbox,
  "013_citizen_preparation": citizenPreparation,
  "014_meeting_cancellation": meetingCancellation,
  "015_calendar_feeds": calendarFeeds,
  "016_mail_language": mailLanguage,
  "017_meeting_place": meetingPlace,
  "018_case_closing": caseClosing,
  "019_case_handover": caseHandover,
  "020_teams": teams,
  "021_network_roles": networkRoles,
  "022_meeting_ratings": meetingRatings,
  "023_meeting_templates": meetingTemplates,
  "024_meeting_template_owners": meetingTemplateOwners,
  "025_member_areas": memberAreas,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
