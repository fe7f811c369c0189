import { expect, test } from "@playwright/test";
import { SCHEDULER } from "./fixtures/data";
import { expectNoA11yViolations, failOnConsoleErrors, login } from "./helpers";

// "Wachtwoord vergeten?": the same answer for a known and an unknown address; the known one gets a
// one-time link (read here from the outbox, as the admin can) and logs in with the new password.
const person = SCHEDULER.expert;

test("someone who forgot their password asks for a link, chooses a new one and logs in with it", async ({ page, browser }) => {
  const noConsoleErrors = failOnConsoleErrors(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/login");
  await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wachtwoord vergeten?");
  await expectNoA11yViolations(page);
  const answer = /^Als dit adres bij ons bekend is, krijgt u binnen een paar minuten een e-mail/;
  await page.getByLabel("E-mailadres").fill("niemand@onbekend.e2e.nl");
  await page.getByRole("button", { name: "Stuur mij een link" }).click();
  await expect(page.getByText(answer)).toBeVisible();
  await page.reload();
  await page.getByLabel("E-mailadres").fill(person.email.toUpperCase());
  await page.getByRole("button", { name: "Stuur mij een link" }).click();
  await expect(page.getByText(answer)).toBeVisible();
  noConsoleErrors();

  const admin = await (await browser.newContext()).newPage();
  await login(admin, "beheer@weerbarewerkgever.nl");
  await expect(admin).toHaveURL("/beheer");
  await admin.goto("/mail");
  const mail = admin
    .getByTestId("outbox")
    .locator("li")
    .filter({ hasText: `Aan ${person.email}` })
    .first();
  await expect(mail).toBeVisible();
  const link = ((await mail.getByTestId("mail-body").textContent()) ?? "").match(/\/account\/activeren\/[A-Za-z0-9_-]{43}/)?.[0];
  expect(link).toBeTruthy();
  await expect(admin.getByTestId("outbox")).not.toContainText("niemand@onbekend.e2e.nl");

  await page.goto(link!);
  await page.getByLabel("Nieuw wachtwoord").fill("weer een nieuwe zin");
  await page.getByLabel("Herhaal het wachtwoord").fill("weer een nieuwe zin");
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByText("Uw wachtwoord is ingesteld. U kunt nu inloggen.")).toBeVisible();
  await login(page, person.email, "weer een nieuwe zin");
  await expect(page).toHaveURL("/expert");
});
