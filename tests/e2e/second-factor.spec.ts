import { expect, test } from "@playwright/test";
import { PASSWORD, SECOND_FACTOR } from "./fixtures/data";
import { generate } from "otplib";
import { expectNoA11yViolations, failOnConsoleErrors, login } from "./helpers";

// An admin must have a second factor (docs/decisions/019-second-factor.md): without one they are sent to
// set it up, enrol with a code from an "authenticator" (otplib here), and from then on sign in with it.
test("an admin without a second factor is sent to set one up, enrols, and signs in with password and code", async ({ page }) => {
  const noConsoleErrors = failOnConsoleErrors(page);
  await login(page, SECOND_FACTOR.admin.email, PASSWORD);
  await expect(page).toHaveURL("/account/tweede-stap");
  await expect(page.getByTestId("second-factor-required")).toBeVisible();
  // nothing else opens until it is set up
  await page.goto("/beheer/gebruikers");
  await expect(page).toHaveURL("/account/tweede-stap");

  await page.getByRole("button", { name: "Tweede stap instellen" }).click();
  await expect(page.getByRole("img", { name: /QR-code/ })).toBeVisible();
  await expectNoA11yViolations(page);
  const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
  await page.getByLabel("Code uit de app").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page.getByTestId("recovery-codes")).toContainText("Bewaar deze codes");
  await expect(page.getByRole("list", { name: "Herstelcodes" }).getByRole("listitem")).toHaveCount(10);
  await page.getByRole("link", { name: "Ik heb de codes bewaard, verder" }).click();
  await expect(page).toHaveURL("/beheer");

  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/login/);
  await login(page, SECOND_FACTOR.admin.email, PASSWORD, secret, { fresh: true });
  await expect(page).toHaveURL("/beheer");
  noConsoleErrors();
});
