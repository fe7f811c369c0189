// `npm run admin:create -- --email <adres> --name <naam>`: the first admin from a shell, on a
// database without one (docs/operations.md). Prints a one-time link to choose a password (it is also
// in the outbox). On the embedded database it goes through the running app when one answers.
import { parseArgs } from "node:util";
import { adminCreatedMessage, createFirstAdminFromShell } from "../lib/setup/first-admin";
import { shellAdminSchema } from "../lib/setup/schema";
import { runSchedulerJob } from "./through-the-app";

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } }, strict: true });
const parsed = shellAdminSchema.safeParse({ email: values.email ?? "", name: values.name ?? "" });
if (!parsed.success) {
  console.error(`Niet gelukt: ${parsed.error.issues.map((i) => i.message).join(" ")}`);
  console.error("Gebruik: npm run admin:create -- --email <adres> --name <naam>");
  process.exit(1);
}

runSchedulerJob({
  route: "/api/planner/beheerder",
  purpose: "admin",
  body: parsed.data,
  run: async () => adminCreatedMessage(await createFirstAdminFromShell(parsed.data)),
});
