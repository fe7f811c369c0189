import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, failOnConsoleErrors } from "./helpers";

// `SEED_DEMO=0 npm start` on a fresh embedded database, as a new installation starts: no demo, no
// admin. The terminal shows a one-time setup link; with it the first admin signs in, makes a trainer
// account, and the trainer plans a traject: nothing from the demo is needed (docs/operations.md).
const PORT = 3418;
const base = `http://localhost:${PORT}`;
let app: ChildProcess;
let output = "";

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ww-first-run-"));
  app = spawn("npm", ["start"], {
    env: {
      ...process.env,
      PORT: String(PORT),
      PGLITE_DIR: path.join(dir, "db"),
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
  await expect
    .poll(
      () =>
        fetch(`${base}/login`).then(
          (r) => r.status,
          () => null,
        ),
      { timeout: 120_000, intervals: [500] },
    )
    .toBe(200);
});

test.afterAll(() => {
  app.kill("SIGTERM");
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
  await expect(trainer).toHaveURL(`${base}/trainer`);
  await trainer.goto(`${base}/trajecten/nieuw`);
  await trainer.getByLabel("Naam nieuwe werkgever").fill("Bakkerij De Eerste");
  await trainer.getByLabel("Sector").fill("Voeding");
  await trainer.getByLabel("Werkvloer of locatie").fill("Bakkerij");
  await trainer.getByRole("button", { name: "Traject starten" }).click();
  await expect(trainer.getByRole("heading", { level: 1 })).toHaveText("Bakkerij De Eerste");
  await expect(trainer).toHaveTitle("Bakkerij De Eerste · Traject · Weerbare Werkgever");
});
