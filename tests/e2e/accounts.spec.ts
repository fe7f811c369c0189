import { expect, test } from "@playwright/test";
import { ACCOUNTS, PASSWORD } from "./fixtures/data";
import { expectNoA11yViolations, failOnConsoleErrors, login } from "./helpers";

const { admin, employer, newUser, twoDevices, moving } = ACCOUNTS;

test("an admin creates an HR account; the new user chooses a password through the mailed link and logs in", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await login(page, admin.email, PASSWORD);
  await expect(page).toHaveURL("/beheer");
  await page.getByRole("link", { name: "Mensen" }).click();
  await page.getByRole("link", { name: "Gebruikers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gebruikers" })).toBeVisible();

  // nothing filled in: Dutch messages at the fields, nothing created
  await page.getByLabel("Rol", { exact: true }).selectOption("EMPLOYER");
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByText("Vul de naam in.")).toBeVisible();
  await expect(page.getByText("Kies de werkgever van deze gebruiker.")).toBeVisible();

  await page.getByLabel("Naam", { exact: true }).fill(newUser.name);
  await page.getByLabel("E-mailadres").fill(newUser.email);
  await page.getByLabel("Werkgever", { exact: true }).selectOption({ label: employer });
  await page.getByLabel("Functie bij de werkgever").selectOption("HR");
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByTestId("user-message")).toContainText(`Het account voor ${newUser.name} is aangemaakt.`);
  await expect(page.getByTestId(`user-${newUser.email}`)).toContainText("Wacht op wachtwoord");

  // the same address again is refused kindly
  await page.getByLabel("Naam", { exact: true }).fill("Noor Dubbel");
  await page.getByLabel("E-mailadres").fill(newUser.email);
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByText("Dit e-mailadres heeft al een account.")).toBeVisible();

  await page.goto("/mail");
  const mail = page
    .getByTestId("outbox")
    .locator("li")
    .filter({ hasText: `Aan ${newUser.email}` })
    .first();
  await mail.locator("summary").click();
  const link = (await mail.getByTestId("mail-body").innerText()).match(/https?:\/\/\S+\/account\/activeren\/[A-Za-z0-9_-]{43}/)?.[0];
  expect(link, "the account mail holds an activation link").toMatch(/\/account\/activeren\//);

  const noor = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  const noConsoleErrors = failOnConsoleErrors(noor);
  await noor.goto(new URL(link!).pathname);
  await expect(noor.getByRole("heading", { level: 1, name: "Kies uw wachtwoord" })).toBeVisible();
  await expectNoA11yViolations(noor);
  await noor.getByLabel("Nieuw wachtwoord").fill("kort");
  await noor.getByLabel("Herhaal het wachtwoord").fill("kort");
  await noor.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(noor.getByText("Kies een wachtwoord van minstens 12 tekens.")).toBeVisible();
  await noor.getByLabel("Nieuw wachtwoord").fill("zomer aan de rivier 2026");
  await noor.getByLabel("Herhaal het wachtwoord").fill("zomer aan de rivier 2026");
  await noor.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(noor.getByText("Uw wachtwoord is ingesteld. U kunt nu inloggen.")).toBeVisible();
  await noor.getByRole("link", { name: "Naar inloggen" }).click();
  await login(noor, newUser.email, "zomer aan de rivier 2026");
  await expect(noor).toHaveURL("/werkgever");

  // later she changes it herself, from her name in the header
  await noor.getByRole("link", { name: `Mijn account: ${newUser.name}` }).click();
  await expect(noor.getByRole("heading", { level: 1, name: "Mijn account" })).toBeVisible();
  await expectNoA11yViolations(noor);
  await noor.getByLabel("Huidig wachtwoord").fill("niet mijn wachtwoord");
  await noor.getByLabel("Nieuw wachtwoord", { exact: true }).fill("herfst in de polder 2026");
  await noor.getByLabel("Herhaal het nieuwe wachtwoord").fill("herfst in de polder 2026");
  await noor.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(noor.getByText("Dit is niet uw huidige wachtwoord.")).toBeVisible();
  await noor.getByLabel("Huidig wachtwoord").fill("zomer aan de rivier 2026");
  await noor.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(noor.getByTestId("password-message")).toHaveText(
    "Uw wachtwoord is gewijzigd. Gebruik voortaan het nieuwe wachtwoord. Op andere apparaten bent u uitgelogd.",
  );
  await noor.getByRole("button", { name: "Uitloggen", exact: true }).click();
  await expect(noor).toHaveURL(/\/login/);
  await login(noor, newUser.email, "herfst in de polder 2026");
  await expect(noor).toHaveURL("/werkgever");
  noConsoleErrors();

  // the link worked once: opening it again gives the friendly 404
  const again = await noor.goto(new URL(link!).pathname);
  expect(again?.status()).toBe(404);
  await expect(noor.getByRole("heading", { name: "Deze link werkt niet (meer)" })).toBeVisible();

  await page.goto("/beheer/gebruikers");
  await expect(page.getByTestId(`user-${newUser.email}`)).toContainText("Actief");
});

test("the user page is an admin's: a trainer gets the 403 page", async ({ page }) => {
  await login(page, "marieke@oads.nl");
  await expect(page).toHaveURL("/trainer");
  const response = await page.goto("/beheer/gebruikers");
  expect(response?.status()).toBe(403);
});

test("'Overal uitloggen' on one device also ends the session on the other", async ({ browser }) => {
  const laptop = await (await browser.newContext()).newPage();
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  const noConsoleErrors = [failOnConsoleErrors(laptop), failOnConsoleErrors(phone)];
  for (const device of [laptop, phone]) {
    await login(device, twoDevices.email, PASSWORD);
    await expect(device).toHaveURL("/trainer");
  }

  await laptop.getByRole("link", { name: `Mijn account: ${twoDevices.name}` }).click();
  await expect(laptop.getByRole("heading", { level: 2, name: "Ingelogd op andere apparaten?" })).toBeVisible();
  await expectNoA11yViolations(laptop);
  await laptop.getByRole("button", { name: "Overal uitloggen" }).click();
  await expect(laptop.getByTestId("sessions-message")).toHaveText(
    "U bent nu overal uitgelogd, ook hier. Log opnieuw in om verder te werken.",
  );
  await expectNoA11yViolations(laptop);

  // the phone's next navigation lands on the login page, and so does the laptop's
  await phone.getByRole("link", { name: `Mijn account: ${twoDevices.name}` }).click();
  await expect(phone).toHaveURL(/\/login/);
  await expect(phone.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
  await laptop.getByRole("link", { name: "Opnieuw inloggen" }).click();
  await expect(laptop).toHaveURL(/\/login/);
  expect((await laptop.goto("/trainer"))?.url()).toMatch(/\/login/);

  // logging in again starts a new session as usual
  await login(phone, twoDevices.email, PASSWORD);
  await expect(phone).toHaveURL("/trainer");
  for (const check of noConsoleErrors) check();
});

test("an admin changes an account's e-mail address; it counts once the new address confirms it", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const noConsoleErrors = failOnConsoleErrors(page);
  await login(page, admin.email, PASSWORD);
  await page.goto("/beheer/gebruikers");
  await page
    .getByTestId(`user-${moving.email}`)
    .getByRole("link", { name: `E-mailadres wijzigen van ${moving.name}` })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`E-mailadres wijzigen: ${moving.name}`);
  await expectNoA11yViolations(page);

  // an address another account has is refused kindly; nothing is sent
  await page.getByLabel("Nieuw e-mailadres").fill(twoDevices.email);
  await page.getByRole("button", { name: "Link sturen naar het nieuwe adres" }).click();
  await expect(page.getByText("Er is al een account met dit e-mailadres.")).toBeVisible();
  await page.getByLabel("Nieuw e-mailadres").fill(moving.newEmail);
  await page.getByRole("button", { name: "Link sturen naar het nieuwe adres" }).click();
  await expect(page.getByText(`Er is een link gestuurd naar ${moving.newEmail}`)).toBeVisible();
  await expect(page.getByTestId("pending-change")).toContainText(moving.newEmail);

  // without a mail server the admin who asked reads the link in the outbox and hands it over
  await page.goto("/mail");
  const mail = page
    .getByTestId("outbox")
    .locator("li")
    .filter({ hasText: `Aan ${moving.newEmail}` })
    .first();
  await mail.locator("summary").click();
  const link = (await mail.getByTestId("mail-body").innerText()).match(/\/account\/e-mailadres\/[A-Za-z0-9_-]{43}/)?.[0];
  expect(link, "the mail to the new address holds the confirmation link").toBeTruthy();

  const mo = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  const moConsole = failOnConsoleErrors(mo);
  await mo.goto(link!);
  await expect(mo.getByRole("heading", { level: 1 })).toHaveText("Bevestig uw nieuwe e-mailadres");
  await expectNoA11yViolations(mo);
  await mo.getByRole("button", { name: "Ja, dit is mijn nieuwe e-mailadres" }).click();
  await expect(mo.getByTestId("email-change-message")).toContainText(`U logt voortaan in met ${moving.newEmail}`);
  await login(mo, moving.newEmail, PASSWORD);
  await expect(mo).toHaveURL("/expert");
  moConsole();
  noConsoleErrors();
  // the link worked once: opening it again gives the friendly 404
  expect((await mo.goto(link!))?.status()).toBe(404);
  await expect(mo.getByRole("heading", { name: "Deze link werkt niet (meer)" })).toBeVisible();
});
