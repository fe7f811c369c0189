import { expect, test } from "@playwright/test";
import { MATCHING, PASSWORD } from "./fixtures/data";
import { expectNoA11yViolations, failOnConsoleErrors, login } from "./helpers";

// An expert fills their own profile; for a traject whose aandachtspunten fit, the trainer then sees
// them first, with the reasons from the profile.
test("an expert fills their profile and then comes first in the trainer's matching, with the reasons", async ({ browser }) => {
  const expert = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  const noConsoleErrors = failOnConsoleErrors(expert);
  await login(expert, MATCHING.expert.email, PASSWORD);
  await expect(expert).toHaveURL("/expert");
  await expert.getByRole("link", { name: "Mijn profiel" }).click();
  await expect(expert.getByRole("heading", { level: 1 })).toHaveText("Mijn profiel");
  await expect(expert.getByText("Schrijf hier geen diagnose of andere gegevens over uw gezondheid")).toBeVisible();
  await expectNoA11yViolations(expert);
  for (const box of await expert.locator('input[name="experienceThemes"]').all()) await box.check();
  await expert.getByLabel("Regio").fill("Overijssel");
  await expert.getByLabel("dinsdagochtend").check();
  await expert.getByLabel("Korte introductie voor de werkgever").fill("Werkt in de logistiek en weet hoe een ploegendienst voelt.");
  await expert.getByRole("button", { name: "Profiel opslaan" }).click();
  await expect(expert.getByText("Uw profiel is opgeslagen.")).toBeVisible();
  await expert.reload();
  await expect(expert.getByLabel("dinsdagochtend")).toBeChecked();
  noConsoleErrors();

  const trainer = await (await browser.newContext()).newPage();
  await login(trainer, MATCHING.trainer.email, PASSWORD);
  await expect(trainer).toHaveURL("/trainer");
  await trainer.goto(`/trajecten/${MATCHING.id}/planning`);
  const first = trainer.getByTestId("expert-options").locator("li").first();
  await expect(first).toContainText(MATCHING.expert.name);
  await expect(first).toContainText("Ervaring met de aandachtspunten:");
  await expect(first).toContainText("Regio: Overijssel.");
  await expect(first).toContainText("Beschikbaar: dinsdagochtend.");
  await expectNoA11yViolations(trainer);
});
