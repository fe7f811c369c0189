import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { adminSendsAccountLink, enrolSecondFactor, expectNoA11yViolations, failOnConsoleErrors } from "./helpers";

// `SEED_DEMO=0 npm start` on a fresh embedded database, as a new installation starts: no demo, no
// admin. The terminal shows a one-time setup link; with it the first admin signs in, makes a trainer
// account, and the trainer plans a traject: nothing from the demo is needed (docs/operations.md).
// Then the same `npm start` is stopped as a container runtime or systemd stops it: a signal to the npm
// process stops the server and closes the embedded database within 10 s, and nothing is left holding
// the port or the lock. Started again on the same database (which proves the lock was released), it is
// killed outright and must notice and stop too. One fresh start serves all three: each cold start
// (migrations on a new database) costs a CI run some 20 s.
const PORT = 3418;
const base = `http://localhost:${PORT}`;
let app: ChildProcess;
let output = "";

test.describe.configure({ mode: "serial", timeout: 180_000 });

// made in beforeAll, not when the file loads: Playwright's runner loads it too, and would leave one behind
let dir = "";
let dataDir = "";

function descendants(pid: number): number[] {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number]);
  const out: number[] = [];
  const walk = (p: number) => rows.filter(([, pp]) => pp === p).forEach(([c]) => (out.push(c), walk(c)));
  walk(pid);
  return out;
}
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const answers = async () =>
  fetch(`${base}/login`).then(
    (r) => r.status,
    () => null,
  );

/** `npm start` on this spec's database; resolves once it answers, with the processes it runs. */
async function startApp(): Promise<number[]> {
  app = spawn("npm", ["start"], {
    env: {
      ...process.env,
      PORT: String(PORT),
      PGLITE_DIR: dataDir,
      DATABASE_URL: "",
      SEED_DEMO: "0",
      NEXTAUTH_SECRET: "first-run-test",
      NEXTAUTH_URL: base,
      APP_URL: base,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  app.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  app.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  await expect.poll(answers, { timeout: 120_000, intervals: [500] }).toBe(200);
  // the database opens lazily: a scan link is looked up in it
  await fetch(`${base}/scan/${"A".repeat(43)}`);
  expect(fs.existsSync(`${dataDir}.lock`)).toBe(true);
  return [app.pid!, ...descendants(app.pid!)];
}

async function expectStoppedCleanly(tree: number[], started: number) {
  await expect.poll(answers, { timeout: 10_000, intervals: [100] }).toBeNull();
  await expect.poll(() => tree.filter(alive), { timeout: 10_000 - (Date.now() - started), intervals: [100] }).toEqual([]);
  expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
}

let firstTree: number[] = [];
test.beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ww-first-run-"));
  dataDir = path.join(dir, "db");
  firstTree = await startApp();
});

test.afterAll(async () => {
  if (app && app.exitCode === null && app.signalCode === null) {
    const exited = new Promise((resolve) => app.once("exit", resolve));
    app.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
  if (dir) fs.rmSync(dir, { recursive: true, force: true }); // a whole data directory; don't leave it in /tmp
});

test("a fresh installation: setup link → first admin → trainer account → a traject, without any demo record", async ({ browser }) => {
  const link = output.match(new RegExp(`${base}/inrichten/[A-Za-z0-9_-]{43}`))?.[0];
  expect(link, output).toBeTruthy();
  expect(output).not.toContain("Demo-accounts");

  for (const width of [390, 1280]) {
    const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
    await page.goto(`${base}/login`);
    await expect(page.getByRole("note", { name: "Demo-omgeving" })).toHaveCount(0);
    if (width === 390) {
      await page.goto(link!);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("De eerste beheerder");
      await expectNoA11yViolations(page);
    }
  }

  const admin = await (await browser.newContext()).newPage();
  const noConsoleErrors = failOnConsoleErrors(admin);
  await admin.goto(link!);
  await admin.getByLabel("Naam").fill("Ilse Eerste");
  await admin.getByLabel("E-mailadres").fill("ilse@oads.nl");
  await admin.getByLabel("Wachtwoord", { exact: true }).fill("kort");
  await admin.getByRole("button", { name: "Beheerder worden" }).click();
  await expect(admin.getByText("Kies een wachtwoord van minstens 12 tekens.")).toBeVisible();
  await admin.getByLabel("Wachtwoord", { exact: true }).fill("een eigen lange zin");
  await admin.getByLabel("Herhaal het wachtwoord").fill("een eigen lange zin");
  await admin.getByRole("button", { name: "Beheerder worden" }).click();
  await expect(admin.getByText("U bent beheerder. Log nu in met ilse@oads.nl.")).toBeVisible();
  // the link worked once
  expect((await admin.request.get(link!)).status()).toBe(404);

  await admin.getByRole("link", { name: "Naar inloggen" }).click();
  await admin.getByLabel("E-mail").fill("ilse@oads.nl");
  await admin.getByLabel("Wachtwoord").fill("een eigen lange zin");
  await admin.getByRole("button", { name: "Inloggen" }).click();
  // an admin must have a second factor (ADR 019): set it up first
  await expect(admin).toHaveURL(`${base}/account/tweede-stap`);
  await enrolSecondFactor(admin);
  await admin.goto(`${base}/beheer`);
  await expect(admin).toHaveURL(`${base}/beheer`);
  await expect(admin.getByRole("heading", { name: "Demogegevens" })).toHaveCount(0);

  // a trainer account; the trainer chooses a password through the link in the outbox
  await admin.goto(`${base}/beheer/gebruikers`);
  await admin.getByLabel("Naam").fill("Tom Trainer");
  await admin.getByLabel("E-mailadres").fill("tom@oads.nl");
  await admin.getByLabel("Rol", { exact: true }).selectOption("TRAINER");
  await admin.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(admin.getByTestId("user-tom@oads.nl")).toBeVisible();
  await admin.goto(`${base}/mail`);
  const mail = (await admin.getByTestId("outbox").textContent()) ?? "";
  const activation = mail.match(/\/account\/activeren\/[A-Za-z0-9_-]{43}/)![0];
  noConsoleErrors();

  const trainer = await (await browser.newContext()).newPage();
  await trainer.goto(`${base}${activation}`);
  await trainer.getByLabel("Nieuw wachtwoord").fill("tom zijn eigen zin");
  await trainer.getByLabel("Herhaal het wachtwoord").fill("tom zijn eigen zin");
  await trainer.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await trainer.getByRole("link", { name: "Naar inloggen" }).click();
  await trainer.getByLabel("E-mail").fill("tom@oads.nl");
  await trainer.getByLabel("Wachtwoord").fill("tom zijn eigen zin");
  await trainer.getByRole("button", { name: "Inloggen" }).click();
  await expect(trainer).toHaveURL(`${base}/account/tweede-stap`);
  await enrolSecondFactor(trainer);
  await trainer.goto(`${base}/trainer`);
  await expect(trainer).toHaveURL(`${base}/trainer`);
  // the trainer puts the employer in, with a wrong KvK number first, then its key persons
  await trainer.getByRole("link", { name: "Werkgevers" }).first().click();
  await expect(trainer.getByRole("heading", { level: 1 })).toHaveText("Werkgevers");
  await trainer.getByLabel("Naam").fill("Bakkerij De Eerste");
  await trainer.getByLabel("Sector").fill("Voeding");
  await trainer.getByLabel("Plaats (optioneel)").fill("Deventer");
  await trainer.getByLabel("KvK-nummer (optioneel)").fill("123");
  await trainer.getByLabel("Eerste werkvloer of locatie").fill("Bakkerij");
  await trainer.getByRole("button", { name: "Werkgever toevoegen" }).click();
  await expect(trainer.getByText("Een KvK-nummer heeft 8 cijfers.")).toBeVisible();
  await trainer.getByLabel("KvK-nummer (optioneel)").fill("1234 5678");
  await trainer.getByRole("button", { name: "Werkgever toevoegen" }).click();
  await expect(trainer.getByRole("heading", { level: 1 })).toHaveText("Bakkerij De Eerste");
  await expect(trainer).toHaveTitle("Bakkerij De Eerste · Werkgever · Weerbare Werkgever");
  const addPerson = async (name: string, email: string, fn: string) => {
    const form = trainer.locator("form", { has: trainer.getByRole("button", { name: "Toevoegen", exact: true }) });
    await form.getByLabel("Naam").fill(name);
    await form.getByLabel("E-mailadres").fill(email);
    await form.getByLabel("Functie").selectOption(fn);
    await form.getByRole("button", { name: "Toevoegen", exact: true }).click();
    await expect(trainer.getByTestId(`key-person-${email}`)).toBeVisible();
  };
  await addPerson("Inge de Vries", "inge@bakkerij.nl", "HR");
  await addPerson("Omar Laaksonen", "omar@bakkerij.nl", "ONDERNEMINGSRAAD");
  trainer.once("dialog", (d) => d.accept());
  await trainer.getByTestId("key-person-inge@bakkerij.nl").getByRole("button", { name: "Account geven" }).click();
  await expect(trainer.getByTestId("key-person-inge@bakkerij.nl")).toContainText("account: uitnodiging verstuurd");
  for (const width of [390, 1280]) {
    await trainer.setViewportSize({ width, height: 900 });
    await expectNoA11yViolations(trainer);
  }

  // from the employer's page: a traject there, with Inge as contact person
  await trainer.getByRole("link", { name: "Nieuw traject bij deze werkgever" }).click();
  await expect(trainer.getByLabel("Werkgever", { exact: true })).toHaveValue(/.+/);
  await expect(trainer.getByLabel("Werkvloer of locatie")).toHaveValue("Bakkerij");
  await trainer.getByLabel("Contactpersoon bij de werkgever").selectOption({ label: "Inge de Vries (HR)" });
  await trainer.getByRole("button", { name: "Traject starten" }).click();
  await expect(trainer.getByRole("heading", { level: 1 })).toHaveText("Bakkerij De Eerste");
  await expect(trainer).toHaveTitle("Bakkerij De Eerste · Traject · Weerbare Werkgever");
  await expect(trainer.getByText("Inge de Vries (HR), inge@bakkerij.nl")).toBeVisible();
  await expectNoA11yViolations(trainer);

  // Inge's account works. The trainer asked for it, but the link of an employer's account is never
  // shown to the tandem (issue 20): without a mail server the beheerder hands it over
  const ingeLink = await adminSendsAccountLink(admin, "inge@bakkerij.nl", base);
  const hr = await (await browser.newContext()).newPage();
  await hr.goto(`${base}${ingeLink}`);
  await hr.getByLabel("Nieuw wachtwoord").fill("haar eigen zin bij de bakker");
  await hr.getByLabel("Herhaal het wachtwoord").fill("haar eigen zin bij de bakker");
  await hr.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await hr.getByRole("link", { name: "Naar inloggen" }).click();
  await hr.getByLabel("E-mail").fill("inge@bakkerij.nl");
  await hr.getByLabel("Wachtwoord").fill("haar eigen zin bij de bakker");
  await hr.getByRole("button", { name: "Inloggen" }).click();
  await expect(hr).toHaveURL(`${base}/werkgever`);
  await expect(hr.getByTestId("traject-list")).toContainText("Bakkerij De Eerste");
});

// SIGTERM only: SIGINT (Ctrl-C) goes to the very same handler (scripts/serve.mjs registers one function
// for both).
test("SIGTERM to npm start stops the server and closes the database", async () => {
  const started = Date.now();
  process.kill(app.pid!, "SIGTERM");
  await expectStoppedCleanly(firstTree, started);
});

test("when npm start is killed outright, the server notices and stops instead of living on", async () => {
  const tree = await startApp();
  const started = Date.now();
  process.kill(app.pid!, "SIGKILL");
  await expectStoppedCleanly(tree, started);
});
