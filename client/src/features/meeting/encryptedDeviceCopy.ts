import * as idb from "lib0/indexeddb";
import * as Y from "yjs";
import { type Sealed, seal, unseal } from "./sealing.ts";

const STORE = "plan";
const RECORD = "sealed";
// Typing is many updates a second; sealing the whole plan on each would be wasted work. A pause
// this short loses at most the last moment's words if the tab is killed outright (a reload or
// closing it flushes first).
const SAVE_AFTER_MS = 250;

/**
 * One meeting's plan kept on this device, sealed with the session's key (see deviceKey.ts), so
 * what is written offline survives a reload and is sent when the connection returns, and a copy
 * left behind on a shared tablet cannot be read once the session is gone. In place of
 * y-indexeddb, which keeps the document in the clear: one record, the whole state sealed afresh
 * after every pause in the writing. `whenSynced`, `clearData` and `destroy` mean what they mean there.
 */
export class EncryptedDeviceCopy {
  /** Resolves once what this device kept has been applied to the doc. */
  readonly whenSynced: Promise<void>;
  private readonly name: string;
  private readonly doc: Y.Doc;
  private readonly key: CryptoKey;
  private readonly db: Promise<IDBDatabase>;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(name: string, doc: Y.Doc, key: CryptoKey) {
    this.name = name;
    this.doc = doc;
    this.key = key;
    this.db = openStore(name);
    this.whenSynced = this.read().then(
      // What was written before the copy opened is kept too.
      () => this.schedule(),
      // No IndexedDB to be had (a private window in some browsers): the meeting goes on live only.
      () => this.stop(),
    );
    doc.on("update", this.onUpdate);
    window.addEventListener("pagehide", this.flush);
    document.addEventListener("visibilitychange", this.onHidden);
  }

  /** Stops keeping the doc, after writing what is not kept yet. */
  async destroy(): Promise<void> {
    if (this.stopped) return;
    this.flush();
    this.stop();
    await this.writing;
    await this.close();
  }

  /** Stops keeping the doc and deletes what this device kept of it. */
  async clearData(): Promise<void> {
    this.stop();
    await this.writing;
    await this.close();
    await idb.deleteDB(this.name).catch(() => {});
  }

  private close(): Promise<void> {
    return this.db.then(
      (db) => db.close(),
      () => {},
    );
  }

  private stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.doc.off("update", this.onUpdate);
    window.removeEventListener("pagehide", this.flush);
    document.removeEventListener("visibilitychange", this.onHidden);
  }

  private readonly onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin !== this) this.schedule();
  };

  private readonly onHidden = () => {
    if (document.visibilityState === "hidden") this.flush();
  };

  private schedule(): void {
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(this.flush, SAVE_AFTER_MS);
  }

  /** Writes now what waits for the pause. */
  private readonly flush = () => {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = null;
    // One write at a time, each of the whole state as it is when its turn comes.
    this.writing = this.writing.then(() => this.write()).catch(() => {});
  };

  private async write(): Promise<void> {
    // Never over what was kept before it has been read, and take in what another tab of the same
    // person kept meanwhile, so neither tab's offline words are written over.
    await this.whenSynced;
    await this.read();
    const sealed = await seal(this.key, Y.encodeStateAsUpdate(this.doc));
    const [store] = idb.transact(await this.db, [STORE]);
    // lib0's types name only plain values; IndexedDB keeps any object it can clone, as this one.
    await idb.put(store as IDBObjectStore, sealed as unknown as ArrayBuffer, RECORD);
  }

  /** Applies what is kept; a record this key does not open is deleted, never applied. */
  private async read(): Promise<void> {
    const db = await this.db;
    const [store] = idb.transact(db, [STORE], "readonly");
    const kept = (await idb.get(store as IDBObjectStore, RECORD)) as unknown as Sealed | undefined;
    if (!kept) return;
    const plain = await unseal(this.key, kept);
    if (plain) {
      Y.applyUpdate(this.doc, plain, this);
      return;
    }
    const [writable] = idb.transact(db, [STORE]);
    await idb.del(writable as IDBObjectStore, RECORD);
  }
}

/**
 * Opens the device's database for the plan. One left by y-indexeddb (earlier versions of Samplan)
 * holds the plan in the clear and has not this store: it is deleted, not read, and made anew.
 */
async function openStore(name: string): Promise<IDBDatabase> {
  const create = (db: IDBDatabase) => idb.createStores(db, [[STORE]]);
  const db = await idb.openDB(name, create);
  if (db.objectStoreNames.contains(STORE)) return db;
  db.close();
  await idb.deleteDB(name);
  return idb.openDB(name, create);
}
