import type { Hocuspocus } from "@hocuspocus/server";
import type * as Y from "yjs";
import type { PlanWriter } from "./StepFollowUp.ts";

/**
 * Changes a plan through Hocuspocus's direct connection: the document is loaded if it is not (and
 * stored after), a change reaches everyone connected at once, and other instances through Redis,
 * exactly as a participant's edit does. Attached once the Hocuspocus instance exists.
 */
export function planWriter(): { writer: PlanWriter; attach(hocuspocus: Hocuspocus): void } {
  let instance: Hocuspocus | null = null;
  return {
    attach(hocuspocus) {
      instance = hocuspocus;
    },
    writer: {
      async change<T>(documentName: string, change: (doc: Y.Doc) => T): Promise<T> {
        if (!instance) throw new Error("plans are written once the collaboration server runs");
        const connection = await instance.openDirectConnection(documentName, { server: "step-answer" });
        try {
          let result: T | undefined;
          await connection.transact((doc) => {
            result = change(doc);
          });
          return result as T;
        } finally {
          await connection.disconnect();
        }
      },
    },
  };
}
