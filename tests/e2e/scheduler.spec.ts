import { spawnSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { PASSWORD, SCHEDULER } from "./fixtures/data";
import { login } from "./helpers";

// A scheduler (cron) runs `npm run reminders` while the app is up on the embedded database, which
// allows one process: the script must hand the work to the running app instead of failing.
test("npm run reminders works beside the running app on the embedded database", async ({ page, request, baseURL }) => {
  expect((await request.post("/api/planner/herinneringen")).status()).toBe(404);
  const wrong = await request.post("/api/planner/herinneringen", { headers: { authorization: "Bearer niet-het-goede-token" } });
  expect(wrong.status()).toBe(404);
  // the same answer as a path no route has: a stranger cannot tell the planner's route exists
  const unknown = await request.post("/api/bestaat-niet");
  expect(await wrong.text()).toBe(await unknown.text());
  expect(wrong.headers()["content-type"]).toBe(unknown.headers()["content-type"]);

  const run = (script = "reminders") =>
    spawnSync("npm", ["run", "--silent", script], {
      encoding: "utf8",
      env: {
        ...process.env,
        PGLITE_DIR: ".data/e2e",
        DATABASE_URL: "",
        APP_URL: baseURL,
        NEXTAUTH_SECRET: "e2e-secret-not-for-production",
      },
    });
  const first = run();
  expect(first.status, first.stderr).toBe(0);
  expect(first.stdout).toContain(`Dit loopt via de draaiende app op ${baseURL}`);
  const sent = Number(first.stdout.match(/Herinneringen klaargezet: (\d+)/)?.[1]);
  expect(sent).toBeGreaterThan(0);
  // at most one reminder per two days: the second run finds nothing due, so the first really ran
  const second = run();
  expect(second.status, second.stderr).toBe(0);
  expect(second.stdout).toContain("Herinneringen klaargezet: 0.");
  // the retention job goes the same way, with its own token
  const retention = run("retention");
  expect(retention.status, retention.stderr).toBe(0);
  expect(retention.stdout).toContain(`Dit loopt via de draaiende app op ${baseURL}`);
  expect(retention.stdout).toMatch(/Namen en e-mailadressen verwijderd: \d+/);

  // this spec's own due invitation (tests/e2e/fixtures) got exactly one reminder, with a fresh link
  const due = SCHEDULER.invitations![0]!;
  await login(page, SCHEDULER.trainer.email, PASSWORD);
  await expect(page).toHaveURL("/trainer");
  await page.goto("/mail");
  const mails = page
    .getByTestId("outbox")
    .locator("li")
    .filter({ hasText: `Aan ${due.email}` });
  await expect(mails).toHaveCount(1);
  await expect(mails).toContainText(`Herinnering: de Mental Health-bedrijfsscan van ${SCHEDULER.employer}`);
});
