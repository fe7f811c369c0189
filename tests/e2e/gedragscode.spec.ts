import { expect, test } from "@playwright/test";
import { GEDRAGSCODE, PASSWORD } from "./fixtures/data";
import { expectNoA11yViolations, login } from "./helpers";

test("HR adds an afspraak and a vervolgstap to the concept code; the expert sees them", async ({ page, browser }) => {
  await login(page, GEDRAGSCODE.hr.email, PASSWORD);
  await expect(page).toHaveURL("/werkgever");
  await page.goto(`/trajecten/${GEDRAGSCODE.id}`);
  await page.getByRole("link", { name: "EPA-gedragscode" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "EPA-gedragscode" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Concept" })).toBeVisible();
  await expectNoA11yViolations(page);

  const borging = page.locator("section", { has: page.getByRole("heading", { name: "Borging" }) });
  await borging.getByText("Afspraak toevoegen aan borging").click();
  await borging.getByLabel("Titel").fill("Jaarlijkse evaluatie");
  await borging.getByLabel("Afspraak").fill("Elk jaar bespreken we met ervaringsdeskundigen wat werkt.");
  await borging.getByLabel("Eigenaar (rol, geen naam nodig)").fill("HR");
  await borging.getByRole("button", { name: "Afspraak toevoegen" }).click();
  await expect(borging.getByText("Jaarlijkse evaluatie")).toBeVisible();

  await page.getByLabel("Vervolgstap", { exact: true }).fill("Terugkommoment met het team plannen");
  await page.getByRole("button", { name: "Vervolgstap toevoegen" }).click();
  await expect(page.getByText("Terugkommoment met het team plannen")).toBeVisible();

  const expert = await (await browser.newContext()).newPage();
  await login(expert, GEDRAGSCODE.expert.email, PASSWORD);
  await expect(expert).toHaveURL("/expert");
  await expert.goto(`/trajecten/${GEDRAGSCODE.id}/gedragscode`);
  await expect(expert.getByText("Jaarlijkse evaluatie")).toBeVisible();
});
