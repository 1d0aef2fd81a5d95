import { type Driver, SqliteDialect, type SqliteDialectConfig } from "kysely";

/**
 * Kysely's SQLite dialect, which runs `beforeClose` (and waits for it) when the database is
 * destroyed, before the connection is closed: everyone closes the database with `db.destroy()`,
 * so this is the one place that also stops what runs beside the connection (the checkpoint thread).
 */
export class SqliteDialectClosingFirst extends SqliteDialect {
  readonly #beforeClose: () => Promise<void>;

  constructor(config: SqliteDialectConfig, beforeClose: () => Promise<void>) {
    super(config);
    this.#beforeClose = beforeClose;
  }

  override createDriver(): Driver {
    const driver = super.createDriver();
    const close = driver.destroy.bind(driver);
    const beforeClose = this.#beforeClose;
    driver.destroy = async () => {
      await beforeClose();
      await close();
    };
    return driver;
  }
}
