// Loads the demo data into an empty database and prints the demo logins on every start.
import { db } from "../lib/db";
import { runScript } from "../lib/db/run-script";
import { env } from "../lib/env";
import { seedDemo } from "../prisma/seed/demo";
import { ADMIN, DEMO_PASSWORD, EMPLOYERS, EXPERTS, TRAINERS } from "../prisma/seed/people";

async function main() {
  const prisma = db();
  const hasUsers = (await prisma.user.count()) > 0;
  const demoPresent = (await prisma.user.count({ where: { email: ADMIN.email } })) > 0;
  if (!hasUsers) {
    const summary = await seedDemo(prisma, env().APP_URL);
    console.log(`Demo data geladen: ${summary.users} gebruikers, ${summary.employers} werkgevers, ${summary.trajects} trajecten.`);
  }
  if (hasUsers && !demoPresent) return;
  const rows: [string, string][] = [
    ["Beheerder", ADMIN.email],
    ...TRAINERS.map((t): [string, string] => ["Trainer", t.email]),
    ...EXPERTS.map((e): [string, string] => ["Ervaringsdeskundige", e.email]),
    ...EMPLOYERS.flatMap((e) => e.users.map((u): [string, string] => [`Werkgever (${u.fn}, ${e.name})`, u.email])),
  ];
  console.log(`\nDemo-accounts (wachtwoord voor allemaal: ${DEMO_PASSWORD}):`);
  for (const [role, email] of rows) console.log(`  ${role.padEnd(52)} ${email}`);
  console.log("Scanlinks van de demo staan onder 'Uitgaande e-mail' (log in als trainer of beheerder).\n");
}

runScript(main);
