// Run by `npm start` after the migrations, before the server takes the database (docs/operations.md):
// 1. installs the bundled content (questionnaire, oplossingsrichtingen) on every database;
// 2. loads the demo data into an empty database: by default on the embedded database (so the
//    README's first command shows a full demo), with DATABASE_URL only when SEED_DEMO=1;
// 3. without an admin, prints a one-time link that creates the first one, on this terminal only.
import { installBundledContent } from "../lib/content/install";
import { db } from "../lib/db";
import { runScript } from "../lib/db/run-script";
import { demoWanted } from "../lib/demo/wanted";
import { env } from "../lib/env";
import { issueSetupLink } from "../lib/setup/first-admin";
import { seedDemo } from "../prisma/seed/demo";
import { ADMIN, DEMO_PASSWORD, EMPLOYERS, EXPERTS, TRAINERS } from "../prisma/seed/people";

async function main() {
  const prisma = db();
  await installBundledContent(prisma);
  if (demoWanted(env()) && (await prisma.user.count()) === 0) {
    const summary = await seedDemo(prisma, env().APP_URL);
    console.log(`Demo data geladen: ${summary.users} gebruikers, ${summary.employers} werkgevers, ${summary.trajects} trajecten.`);
  }
  if ((await prisma.user.count({ where: { demo: true, email: ADMIN.email } })) > 0) printDemoLogins();
  const setup = await issueSetupLink();
  if (setup) {
    console.log("\nEr is nog geen beheerder. Maak de eerste aan met deze link (werkt één keer, 24 uur lang):");
    console.log(`  ${setup}`);
    console.log("Of in een shell: npm run admin:create -- --email <adres> --name <naam>\n");
  }
}

function printDemoLogins() {
  const rows: [string, string][] = [
    ["Beheerder", ADMIN.email],
    ...TRAINERS.map((t): [string, string] => ["Trainer", t.email]),
    ...EXPERTS.map((e): [string, string] => ["Ervaringsdeskundige", e.email]),
    ...EMPLOYERS.flatMap((e) => e.users.map((u): [string, string] => [`Werkgever (${u.fn}, ${e.name})`, u.email])),
  ];
  console.log(`\nDemo-accounts (wachtwoord voor allemaal: ${DEMO_PASSWORD}):`);
  for (const [role, email] of rows) console.log(`  ${role.padEnd(52)} ${email}`);
  // without SMTP a link shows only to whoever sent it (lib/mail/credentials.ts): the demo's invitations are the first trainer's
  console.log(
    `Scanlinks van de demo staan onder 'Uitgaande e-mail', alleen voor de trainer die ze verstuurde: log in als ${TRAINERS[0]!.email}.`,
  );
  console.log("Gaat u de app echt gebruiken? Maak een eigen beheerder en verwijder de demo onder Beheer → Overzicht.\n");
}

runScript(main);
