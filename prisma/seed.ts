// Idempotent demo data: running it twice changes nothing the second time. Used by `npm start`
// (on an empty database) and by the e2e tests.
import { closeDb, db } from "../lib/db";
import { seedDemo } from "./seed/demo";

async function main() {
  const summary = await seedDemo(db());
  console.log(summary);
}

main()
  .then(() => closeDb())
  .catch(async (e) => {
    console.error(e);
    await closeDb();
    process.exit(1);
  });
