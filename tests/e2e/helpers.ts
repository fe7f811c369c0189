import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

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
