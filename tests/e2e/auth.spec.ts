import { expect, test } from "@playwright/test";
import { generate } from "otplib";
import { DEMO_PASSWORD, expectNoA11yViolations, login } from "./helpers";
import { DEMO_TOTP_SECRET } from "../../prisma/seed/people";

// Every role's sign-in through the form and its home: tests/e2e/a11y-sweep.spec.ts (with axe, at two widths).

test("the login page is accessible", async ({ page }) => {
  await page.goto("/login");
  await expectNoA11yViolations(page);
});

test("a wrong password shows a Dutch message and stays on the login page", async ({ page }) => {
  await login(page, "marieke@oads.nl", "verkeerd-wachtwoord");
  await expect(page.getByTestId("login-error")).toContainText("horen niet bij elkaar");
  await expect(page).toHaveURL(/\/login/);
});

test("an invalid e-mail address gets a Dutch field message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill("geen-adres");
  await page.getByLabel("Wachtwoord").fill("x");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByText("Vul een geldig e-mailadres in.")).toBeVisible();
});

test("an employer opening /trainer is refused", async ({ page }) => {
  await login(page, "hr@delinde.nl");
  await expect(page).toHaveURL("/werkgever");
  const response = await page.goto("/trainer");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
});

test("an employer cannot open another employer's traject", async ({ page }) => {
  await login(page, "hr@delinde.nl");
  await expect(page).toHaveURL("/werkgever");
  const response = await page.goto("/trajecten/demo-traject-vandijk");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Deze pagina is niet gevonden" })).toBeVisible();
});

test("a trainer cannot open an employer of another trainer (404); an employer user not the employers page (403)", async ({ page }) => {
  await login(page, "ruben@oads.nl");
  await expect(page).toHaveURL("/trainer");
  // Zorggroep De Linde is Marieke's: for Ruben it does not exist, and it is not in his list
  expect((await page.goto("/werkgevers/demo-employer-linde"))?.status()).toBe(404);
  await page.goto("/werkgevers");
  await expect(page.getByTestId("employers")).toContainText("Gemeente Rivierstad");
  await expect(page.getByTestId("employers")).not.toContainText("De Linde");
  await page.context().clearCookies();
  await login(page, "hr@delinde.nl");
  await expect(page).toHaveURL("/werkgever");
  expect((await page.goto("/werkgevers"))?.status()).toBe(403);
});

test("an unknown route gives the Dutch 404 page", async ({ page }) => {
  const response = await page.goto("/bestaat-niet");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Deze pagina is niet gevonden" })).toBeVisible();
});

test("logging out returns to the login page", async ({ page }) => {
  await login(page, "marieke@oads.nl");
  await expect(page).toHaveURL("/trainer");
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/trainer");
  await expect(page).toHaveURL(/\/login/);
});

test("without JavaScript the form posts, asks for the code, and signs in; the password is in no URL and not in the page", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  await page.goto("/login");
  await page.getByLabel("E-mail").fill("ruben@oads.nl");
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByTestId("login-error")).toContainText("Vul de code uit uw authenticator-app in.");
  expect(await page.content()).not.toContain(DEMO_PASSWORD);
  await expect(page.getByLabel("E-mail")).toHaveValue("ruben@oads.nl");
  // a code counts once per account: this step's, else the next (accepted one step ahead), else wait
  for (let attempt = 0; attempt < 4 && new URL(page.url()).pathname === "/login"; attempt++) {
    if (attempt === 2) await page.waitForTimeout(30_500 - (Date.now() % 30_000));
    const step = Math.floor(Date.now() / 30_000) + (attempt % 2);
    await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
    await page
      .getByLabel("Code uit uw authenticator-app", { exact: true })
      .fill(await generate({ secret: DEMO_TOTP_SECRET, epoch: step * 30 }));
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.waitForLoadState();
  }
  await expect(page).toHaveURL("/trainer");
  await expect(page.getByTestId("user-name")).toHaveText("Ruben Visser");
  expect(urls.filter((u) => u.includes("password") || u.includes(DEMO_PASSWORD))).toEqual([]);
  await context.close();
});
