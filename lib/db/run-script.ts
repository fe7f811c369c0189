import { closeDb } from "./client";

/** Runs a command-line script and always closes the database (PGlite keeps Node alive otherwise). */
export function runScript(main: () => Promise<void>): void {
  main()
    .then(() => closeDb())
    .catch(async (e) => {
      console.error(e);
      await closeDb();
      process.exit(1);
    });
}
