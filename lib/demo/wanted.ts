/** Demo data on an empty database: by default on the embedded database, with DATABASE_URL only when SEED_DEMO=1. */
export const demoWanted = ({ DATABASE_URL, SEED_DEMO }: { DATABASE_URL?: string; SEED_DEMO?: "0" | "1" }): boolean =>
  DATABASE_URL ? SEED_DEMO === "1" : SEED_DEMO !== "0";
