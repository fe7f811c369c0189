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
  await task.getByRole("link", { name: "Scan: 1 van 3 ingevuld" }).click();
  await expect(page).toHaveURL(`/trajecten/${TASKS.id}#scan-titel`);
  await expect(page.getByRole("heading", { level: 2, name: "Mental Health-bedrijfsscan" })).toBeInViewport();
});
