import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { PASSWORD, REPORT, REPORT_OTHER } from "./fixtures/data";
import { login } from "./helpers";

test("an HR user downloads the scan report as a valid PDF", async ({ page }) => {
  await login(page, REPORT.hr.email, PASSWORD);
  await expect(page).toHaveURL("/werkgever");
  await page.goto(`/trajecten/${REPORT.id}/resultaten`);
  const downloadPromise = page.waitForEvent("download");
  await page
    .getByRole("link", { name: /Download rapport/ })
    .first()
    .click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^Rapport-MHB-Zorggroep-Rapport-E2E-[A-Za-z0-9-]+-\d{4}-\d{2}-\d{2}\.pdf$/); // the werkvloer or start tells trajects apart
  const bytes = fs.readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  expect(bytes.length).toBeGreaterThan(20_000);
});

test("the report is refused (404) for another employer and for visitors who are not logged in", async ({ page, request }) => {
  const anonymous = await request.get(`/api/trajecten/${REPORT.id}/rapport`);
  expect(anonymous.status()).toBe(404);
  await login(page, REPORT_OTHER.hr.email, PASSWORD);
  await expect(page).toHaveURL("/werkgever");
  const other = await page.request.get(`/api/trajecten/${REPORT.id}/rapport`);
  expect(other.status()).toBe(404);
  const own = await page.request.get(`/api/trajecten/${REPORT_OTHER.id}/rapport`);
  expect(own.status()).toBe(200);
  expect(own.headers()["cache-control"]).toBe("private, no-store");
  expect(own.headers()["content-type"]).toBe("application/pdf");
});
