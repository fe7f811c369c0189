import { expect, test } from "@playwright/test";
import { AUTOSAVE, scanLinkPath } from "./fixtures/data";
import { expectNoA11yViolations } from "./helpers";

// The load limits on the scan (lib/scan/respondent/load-limits.ts): what a respondent sees when one is hit.
const link = scanLinkPath(AUTOSAVE.invitations!.find((i) => i.key === "autosave-busy")!.key);

test("an autosave refused by a load limit waits as told, says so kindly, and is then saved", async ({ browser }) => {
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await phone.goto(`${link}/thema/1`);
  let refused = 0;
  await phone.route("**/autosave", (route) =>
    refused++ === 0
      ? route.fulfill({
          status: 429,
          headers: { "retry-after": "2", "content-type": "application/json" },
          body: JSON.stringify({ ok: false, code: "RATE_LIMITED", message: "druk" }),
        })
      : route.continue(),
  );
  await phone.locator("fieldset[data-item]").first().getByLabel("Klopt grotendeels", { exact: true }).check();
  await expect(phone.getByTestId("autosave-status")).toContainText("Even geduld");
  await expect(phone.getByTestId("autosave-status")).toHaveText("Alle antwoorden zijn opgeslagen.", { timeout: 15_000 });
  expect(refused).toBe(2);
  await phone.reload();
  await expect(phone.locator("fieldset[data-item]").first().getByLabel("Klopt grotendeels", { exact: true })).toBeChecked();
});

test("the 'even geduld' page explains what happened and leads back to the scan", async ({ page }) => {
  const token = link.split("/").at(-1)!;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/scan/drukte?link=${token}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Even geduld");
    await expect(page.getByText("Wat al was opgeslagen, blijft bewaard.")).toBeVisible();
    await expectNoA11yViolations(page);
  }
  await page.getByRole("link", { name: "Over een minuut verder met de scan" }).click();
  await expect(page).toHaveURL(new RegExp(`/scan/${token}$`));
  // a made-up link is not offered back
  await page.goto("/scan/drukte?link=../../admin");
  await expect(page.getByRole("link", { name: /verder met de scan/ })).toHaveCount(0);
});
