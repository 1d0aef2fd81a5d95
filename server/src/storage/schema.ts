import type { Generated } from "kysely";

/** The tables as Kysely sees them. Times are ISO 8601 text, so both dialects store them alike. */
export interface DatabaseSchema {
  cases: CaseTable;
  meetings: MeetingTable;
  document_snapshots: DocumentSnapshotTable;
  document_updates: DocumentUpdateTable;
}

export interface CaseTable {
  id: string;
  citizen_name: string;
  created_at: string;
}

export interface MeetingTable {
  id: string;
  case_id: string;
  title: string;
  starts_at: string;
  created_at: string;
}

/** The compacted state of a document: every update up to `updated_at`, merged. */
export interface DocumentSnapshotTable {
  document_name: string;
  state: Uint8Array;
  updated_at: string;
}

/** Each update as it arrived, kept until the next compaction folds it into the snapshot. */
export interface DocumentUpdateTable {
  id: Generated<number>;
  document_name: string;
  update: Uint8Array;
  received_at: string;
}
