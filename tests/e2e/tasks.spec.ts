import { expect, test } from "@playwright/test";
import { PASSWORD, TASKS } from "./fixtures/data";
import { expectNoA11yViolations, login } from "./helpers";

// Issue 24: the home page says what is next and leads there in one click.
test("a trainer's home shows the traject's next step with why, and one click leads to it", async ({ page }) => {
  await login(page, TASKS.trainer.email, PASSWORD);
  await expect(page).toHaveURL("/trainer");
  const tasks = page.getByTestId("tasks");
  await expect(tasks.getByRole("heading", { name: "Wat nu?" })).toBeVisible();
  const task = tasks.locator(`[data-task="${TASKS.id}:scan-running"]`);
  await expect(task).toContainText(TASKS.employer);
  await expect(task).toContainText("Wie nog bezig is, helpt u met een herinnering.");
  await expectNoA11yViolations(page);
  await task.getByRole("link", { name: "Scan: 1 van 4 ingevuld" }).click();
  // the scan's own page (docs/decisions/023): where it stands, then who is invited and how far they are
  await expect(page).toHaveURL(`/trajecten/${TASKS.id}/scan`);
  await expect(page.getByRole("heading", { level: 1, name: "Scan" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Mental Health-bedrijfsscan" })).toBeVisible();
});

test("HR, invited to the scan, is asked to fill it; one click leads to what to do without the link at hand", async ({ page }) => {
  await login(page, TASKS.hr.email, PASSWORD);
  await expect(page).toHaveURL("/werkgever");
  const task = page.getByTestId("tasks").locator(`[data-task="${TASKS.id}:fill-scan"]`);
  await expect(task).toContainText("De link staat in uw mail.");
  // the scan is still running: no report to offer yet
  await expect(page.getByTestId("tasks").locator(`[data-task="${TASKS.id}:read-report"]`)).toHaveCount(0);
  await task.getByRole("link", { name: "Vul de bedrijfsscan in" }).click();
  await expect(page).toHaveURL(`/trajecten/${TASKS.id}/mijn-scan`);
  await expect(page.getByRole("heading", { level: 2, name: "De scan wacht op u" })).toBeVisible();
  await expect(page.getByText("hr@tasks.e2e.nl")).toBeVisible();
  // no mail server in the e2e app: the trainer, not the app, brings a new link
  await expect(page.getByText(`Vraag uw trainer, ${TASKS.trainer.name}, om de link opnieuw te sturen.`)).toBeVisible();
  await expectNoA11yViolations(page);
  await page.setViewportSize({ width: 320, height: 720 });
  await expectNoA11yViolations(page, { layoutOnly: true });
  // and the traject page offers no report before it has figures
  await page.goto(`/trajecten/${TASKS.id}`);
  await expect(page.getByRole("link", { name: /Download rapport/ })).toHaveCount(0);
});
