import AxeBuilder from "@axe-core/playwright";
import { expect, type APIResponse, type Browser, type Page } from "@playwright/test";
import { PDFParse } from "pdf-parse";

export const DEMO_PASSWORD = "WelkomDemo2026";

export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

/**
 * WCAG 2.x A/AA rules (incl. 2.2) via axe; any violation fails with its rule ids. `layoutOnly` leaves
 * out colour contrast, by far axe's slowest rule: for a page already checked at another width it
 * finds nothing new (the colours are the same CSS), while target size, reflow and what is hidden or
 * shown do change with the width.
 */
export async function expectNoA11yViolations(page: Page, { layoutOnly = false }: { layoutOnly?: boolean } = {}) {
  const builder = new AxeBuilder({ page }).setLegacyMode().withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]);
  const results = await (layoutOnly ? builder.disableRules(["color-contrast"]) : builder).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Console errors fail the test: they are bugs the user would not see but would suffer from. */
export function failOnConsoleErrors(page: Page) {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(err.message));
  return () => expect(errors).toEqual([]);
}

/** A person signed in in a browser context of their own (two people side by side), on their home page. */
export async function signedIn(browser: Browser, email: string, home: string, password = DEMO_PASSWORD): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, email, password);
  await expect(page).toHaveURL(home);
  return page;
}

/** The text of a downloaded PDF, as a reader (or a screen reader) gets it. */
export async function pdfText(response: APIResponse): Promise<string> {
  expect(response.status()).toBe(200);
  const parser = new PDFParse({ data: new Uint8Array(await response.body()) });
  const text = (await parser.getText()).text;
  await parser.destroy();
  return text;
}

/**
 * The beheerder sends someone a new account link (Beheer → Gebruikers) and reads it in the outbox.
 * Without a mail server only the admin who sent it sees it (issue 20); a link the tandem caused for an
 * employer account is visible to nobody, so this is how such an account is handed over in the e2e run.
 */
export async function adminSendsAccountLink(admin: Page, email: string, base = ""): Promise<string> {
  await admin.goto(`${base}/beheer/gebruikers`);
  const row = admin.getByTestId(`user-${email}`);
  await row.getByRole("button", { name: /Link (voor nieuw wachtwoord|opnieuw sturen)/ }).click();
  await expect(row.getByRole("status").filter({ hasText: /\S/ })).toBeVisible();
  await admin.goto(`${base}/mail`);
  const mail = admin
    .getByTestId("outbox")
    .locator("li")
    .filter({ hasText: `Aan ${email}` })
    .first();
  await mail.locator("summary").click();
  await expect(mail.getByTestId("link-warning")).toBeVisible();
  const link = ((await mail.getByTestId("mail-body").textContent()) ?? "").match(/\/account\/activeren\/[A-Za-z0-9_-]{43}/)?.[0];
  expect(link).toBeTruthy();
  return link!;
}
