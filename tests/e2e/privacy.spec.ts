import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { PASSWORD, PRIVACY, scanLinkPath } from "./fixtures/data";
import { expectNoA11yViolations, failOnConsoleErrors, login } from "./helpers";

// The AVG spec (docs/privacy.md): the respondent finds the privacy statement, the admin exports the
// fixture employer, erases one respondent on request and then the employer itself. The trainer cannot.
const ADMIN = "beheer@weerbarewerkgever.nl";
const [erase, intro] = PRIVACY.invitations!;

test("the respondent's introduction links to the privacy statement, in plain Dutch", async ({ page }) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(scanLinkPath(intro!.key));
    await page.getByRole("link", { name: /Meer over uw gegevens/ }).click();
    await expect(page).toHaveURL("/privacy");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hoe we met uw gegevens omgaan");
    await expect(page.getByText("365 dagen nadat de scan van uw werkgever is gesloten")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Wie ziet wat?" })).toBeVisible();
    await expectNoA11yViolations(page);
  }
});

test("the admin exports an employer, erases one respondent and then the employer; a trainer cannot", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const noConsoleErrors = failOnConsoleErrors(page);
  await login(page, ADMIN);
  await expect(page).toHaveURL("/beheer");
  // the admin's menu in groups (issue 24): Systeem lists its pages, and on one of them the others are a click away
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Systeem" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Systeem");
  await page.getByTestId("group-pages").getByRole("link", { name: "Privacy (AVG)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy (AVG)");
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Systeem" })).toHaveAttribute(
    "aria-current",
    "true",
  );
  const systeem = page.getByRole("navigation", { name: "Onderdelen van Systeem" });
  await expect(systeem.getByRole("link", { name: "Privacy (AVG)" })).toHaveAttribute("aria-current", "page");
  await expect(systeem.getByRole("link", { name: "Logboek" })).not.toHaveAttribute("aria-current");
  const row = page.getByTestId("privacy-employers").getByRole("listitem").filter({ hasText: PRIVACY.employer });

  // the export: a zip with the employer's data
  const [download] = await Promise.all([page.waitForEvent("download"), row.getByRole("link", { name: "Exporteren (zip)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^AVG-export-Thuiszorg-Privacy-E2E-\d{4}-\d{2}-\d{2}\.zip$/);
  const zip = fs.readFileSync((await download.path())!);
  expect(zip.subarray(0, 2).toString()).toBe("PK");
  expect(zip.includes(Buffer.from("werkgever.json"))).toBe(true);

  // one respondent asks to be erased
  await page.goto("/beheer/privacy?email=niet-een-adres");
  await expect(page.getByText("Vul een geldig e-mailadres in.")).toBeVisible();
  await page.getByLabel("E-mailadres").fill(erase!.email.toUpperCase());
  await page.getByRole("button", { name: "Zoeken" }).click();
  const found = page.getByTestId("privacy-respondents");
  await expect(found).toContainText(`${erase!.name} · ${PRIVACY.employer}`);
  await expectNoA11yViolations(page);
  page.once("dialog", (d) => void d.accept());
  await found.getByRole("button", { name: "Deze respondent wissen" }).click();
  await expect(page.getByText(/^Gewist: de uitnodiging, \d+ antwoord/)).toBeVisible();
  await expect(page.getByText("Geen uitnodigingen gevonden voor dit adres.")).toBeVisible();
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByText("Geen uitnodigingen gevonden voor dit adres.")).toBeVisible();
  const gone = await (await browser.newContext()).newPage();
  await gone.goto(scanLinkPath(erase!.key));
  await expect(gone.getByRole("heading", { level: 1 })).toHaveText("Deze link werkt niet (meer)");

  // a trainer has no way in: not the page, not the export
  const trainer = await (await browser.newContext()).newPage();
  await login(trainer, PRIVACY.trainer.email, PASSWORD);
  await expect(trainer).toHaveURL("/trainer");
  await expect(trainer.getByRole("link", { name: "Privacy (AVG)" })).toHaveCount(0);
  expect((await trainer.goto("/beheer/privacy"))?.status()).toBe(403);
  const employerId = (await row.getByRole("link", { name: "Exporteren (zip)" }).getAttribute("href"))!;
  expect((await trainer.request.get(employerId)).status()).toBe(404);

  // erasing the employer needs its name
  await row.getByText("Alles wissen…").click();
  await row.getByLabel(/Typ ter bevestiging de naam/).fill("Thuiszorg");
  await row.getByRole("button", { name: "Alles van deze werkgever wissen" }).click();
  await expect(page.getByText("De naam klopt niet: er is niets gewist.")).toBeVisible();
  await row.getByLabel(/Typ ter bevestiging de naam/).fill(PRIVACY.employer);
  await row.getByRole("button", { name: "Alles van deze werkgever wissen" }).click();
  await expect(page.getByText(/Gewist: 1 traject\(en\), 4 uitnodiging\(en\)/)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("privacy-employers")).not.toContainText(PRIVACY.employer);
  // the trainer's traject is gone with it; the log says what happened without the name
  expect((await trainer.goto(`/trajecten/${PRIVACY.id}`))?.status()).toBe(404);
  await page.goto("/beheer/logboek");
  await expect(page.getByText("Werkgever gewist (AVG)").first()).toBeVisible();
  await expect(page.getByText(PRIVACY.employer)).toHaveCount(0);
  noConsoleErrors();
});
