// Idempotent demo data: running it twice changes nothing the second time. Used by `npm start`
// (on an empty database) and by the e2e tests.
import { db } from "../lib/db";
import { runScript } from "../lib/db/run-script";
import { seedDemo } from "./seed/demo";

async function main() {
  const summary = await seedDemo(db());
  console.log(summary);
}

runScript(main);
