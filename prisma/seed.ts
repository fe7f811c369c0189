// Idempotent demo data: running it twice changes nothing the second time. Used by `npm start`
// (on an empty database) and by the e2e tests.
import { db } from "../lib/db";
import { runScript } from "../lib/db/run-script";
import { seedDemo } from "./seed/demo";

async function main() {
  const { users, employers, trajects } = await seedDemo(db());
  // scan links are credentials: they are in the outbox ("Uitgaande e-mail"), never in a log
  console.log(`Demo data: ${users} gebruikers, ${employers} werkgevers, ${trajects} trajecten.`);
}

runScript(main);
