import { expect, test } from "@playwright/test";
import { CLOSE_SCAN, MATCHING, PASSWORD } from "./fixtures/data";
import { expectNoA11yViolations, expectNoSidewaysScroll, login } from "./helpers";

// Issue 27: the admin runs a cohort of three from candidates to certificates; an outsider checks one
// by the address its QR code holds; an expert pauses themselves and is no longer offered.

const ADMIN = "beheer@weerbarewerkgever.nl";
const PEOPLE = ["Ayla Pad", "Bas Pad", "Cato Pad"].map((name) => ({ name, email: `${name.split(" ")[0]!.toLowerCase()}@pad.e2e.nl` }));
const yesterday = new Date(Date.now() - 24 * 3600_000).toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
const inAMonth = new Date(Date.now() + 30 * 24 * 3600_000).toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });

test("the admin takes three candidates through a cohort to their certificates; an outsider checks one", async ({ page, browser }) => {
  test.slow();
  await login(page, ADMIN);

  // a cohort with one topic, and its session (yesterday: attendance can be recorded)
  await page.goto("/beheer/cohorten");
  await page.getByLabel("Naam").fill("Cohort Pad E2E");
  await page.getByRole("textbox", { name: "Van", exact: true }).fill(yesterday);
  await page.getByLabel("Tot en met").fill(inAMonth);
  // one topic keeps the journey short (completion asks every topic of the cohort once)
  const topics = page.getByRole("group", { name: "Onderwerpen" }).getByRole("checkbox");
  for (const box of await topics.all()) await box.setChecked((await box.getAttribute("value")) === "PROJECT_EN_ERVARINGEN");
  await page.getByRole("button", { name: "Cohort aanmaken" }).click();
  await expect(page).toHaveURL(/\/beheer\/cohorten\/[^/]+$/);
  const cohortUrl = new URL(page.url()).pathname;
  await page.getByLabel("Datum").fill(yesterday);
  await page.getByRole("button", { name: "Bijeenkomst toevoegen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De trainingsbijeenkomst is opgeslagen." })).toBeVisible();

  // three candidates: recorded, intake held, started in the cohort (an account with an activation link)
  for (const p of PEOPLE) {
    await page.goto("/beheer/kandidaten");
    await page.getByLabel("Naam").fill(p.name);
    await page.getByLabel("E-mailadres").fill(p.email);
    await page.getByLabel("Hoe hoorde de kandidaat van het programma?").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Kandidaat vastleggen" }).click();
    await page.getByTestId("candidate-list").getByRole("link", { name: p.name }).click();
    await page.getByRole("button", { name: "Intake is gehouden" }).click();
    await page.getByRole("combobox", { name: "Cohort", exact: true }).selectOption({ index: 1 }); // the one running cohort
    await page.getByRole("button", { name: "Start in een cohort" }).click();
    await expect(page.getByTestId("candidate-cohorts")).toContainText("Cohort Pad E2E");
  }
  await expectNoA11yViolations(page);

  // attendance for all three, then "Training afgerond bevestigen" issues each certificate
  await page.goto(cohortUrl);
  for (const p of PEOPLE) await page.getByRole("radio", { name: `${p.name}: aanwezig` }).check();
  await page.getByRole("button", { name: /^Aanwezigheid opslaan/ }).click();
  for (const p of PEOPLE) {
    await page.getByRole("button", { name: `Training afgerond bevestigen: ${p.name}` }).click();
    await expect(page.getByRole("button", { name: `Training afgerond bevestigen: ${p.name}` })).toHaveCount(0);
  }
  await expectNoA11yViolations(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 720 });

  // the admin finds Ayla's certificate and its code; the candidate now says "Gecertificeerd"
  await page.goto("/beheer/gebruikers");
  await page.getByRole("link", { name: `Certificaten van ${PEOPLE[0]!.name}` }).click();
  const code = (await page
    .getByText(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{3}$/)
    .first()
    .textContent())!;

  // an outsider follows the QR code's address: name, cohort and date only; a wrong code gets the neutral page
  const outsider = await (await browser.newContext()).newPage();
  await outsider.goto(`/certificaat/${code.replace(/-/g, "")}`);
  await expect(outsider.getByRole("main")).toContainText(PEOPLE[0]!.name);
  await expect(outsider.getByRole("main")).toContainText("Cohort Pad E2E");
  await expect(outsider.getByRole("main")).not.toContainText(PEOPLE[0]!.email);
  await expectNoA11yViolations(outsider);
  await outsider.goto("/certificaat");
  await outsider.getByRole("textbox").fill(`${code.slice(0, -1)}${code.endsWith("A") ? "B" : "A"}`);
  await outsider
    .getByRole("button")
    .filter({ hasText: /controleren/i })
    .click();
  await expect(outsider.getByRole("main")).toContainText("Er is geen geldig certificaat met deze code");
  await expect(outsider.getByRole("main")).not.toContainText(PEOPLE[0]!.name);
});

test("an expert pauses themselves and is no longer offered to the trainer", async ({ browser }) => {
  const expert = await (await browser.newContext()).newPage();
  // (another fixture's expert: expert-profile.spec.ts needs the matching fixture's own expert first in line)
  const paused = CLOSE_SCAN.expert;
  await login(expert, paused.email, PASSWORD);
  await expert.goto("/expert/tempo");
  await expectNoA11yViolations(expert);
  await expert.getByRole("radio", { name: /Tot ik het zelf weer aanzet/ }).check();
  await expert.getByRole("button", { name: "Pauze instellen" }).click();
  await expect(expert.getByRole("button", { name: "Pauze beëindigen" })).toBeVisible();

  const trainer = await (await browser.newContext()).newPage();
  await login(trainer, MATCHING.trainer.email, PASSWORD);
  await trainer.goto(`/trajecten/${MATCHING.id}/planning`);
  const row = trainer.getByRole("listitem").filter({ has: trainer.getByRole("list", { name: `Waarom ${paused.name}` }) });
  await expect(row).toContainText("Heeft aangegeven nu geen nieuw traject te willen");
  await expect(row.getByRole("button", { name: "Vragen" })).toHaveCount(0);

  // the pause ends when the expert says so: offered again
  await expert.getByRole("button", { name: "Pauze beëindigen" }).click();
  await expect(expert.getByRole("button", { name: "Pauze instellen" })).toBeVisible();
  await trainer.reload();
  await expect(row.getByRole("button", { name: "Vragen" })).toBeVisible();
});
