import { expect, test } from "@playwright/test";
import { SCHEDULER } from "./fixtures/data";
import { adminSendsAccountLink, expectNoA11yViolations, failOnConsoleErrors, login } from "./helpers";

// "Wachtwoord vergeten?" without a mail server (as here): no link is made, the page says to ask the
// beheerder (the same for every address). The beheerder sends a new link; only that beheerder sees it
// in the outbox, with the warning that passing it on means vouching for who gets it (issue 20).
const person = SCHEDULER.expert;

test("someone who forgot their password asks the beheerder, who sends a link only they can read", async ({ page, browser }) => {
  const noConsoleErrors = failOnConsoleErrors(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/login");
  await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wachtwoord vergeten?");
  await expect(page.getByTestId("reset-ask-admin")).toContainText("Vraag de beheerder");
  await expect(page.getByLabel("E-mailadres")).toHaveCount(0);
  await expectNoA11yViolations(page);
  noConsoleErrors();

  const admin = await (await browser.newContext()).newPage();
  await login(admin, "beheer@weerbarewerkgever.nl");
  await expect(admin).toHaveURL("/beheer");
  const link = await adminSendsAccountLink(admin, person.email);

  await page.goto(link);
  await page.getByLabel("Nieuw wachtwoord").fill("weer een nieuwe zin");
  await page.getByLabel("Herhaal het wachtwoord").fill("weer een nieuwe zin");
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByText("Uw wachtwoord is ingesteld. U kunt nu inloggen.")).toBeVisible();
  await login(page, person.email, "weer een nieuwe zin");
  await expect(page).toHaveURL("/expert");
});
