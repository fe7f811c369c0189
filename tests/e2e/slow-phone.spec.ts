import { expect, test } from "@playwright/test";
import { AUTOSAVE, scanLinkPath } from "./fixtures/data";

// A slow phone: 6× CPU slowdown and a Fast-3G-like network (Chrome DevTools' preset). The statements
// are on screen long before the page's script runs; an answer given then must still be saved.
const link = scanLinkPath(AUTOSAVE.invitations!.find((i) => i.key === "autosave-slow-phone")!.key);

test("an answer given before the page is ready is saved once it is, and reopening the link shows it", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 562.5,
    downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
    uploadThroughput: (750 * 1024 * 0.9) / 8,
  });
  await page.goto(`${link}/thema/1`, { waitUntil: "commit" });
  const answer = page.locator("fieldset[data-item]").first().getByLabel("Klopt grotendeels", { exact: true });
  await answer.waitFor();
  // the statements are there, the script is not: the page promises only what its button does
  await expect(page.getByTestId("autosave-status")).toHaveText("Opslaan en verder bewaart uw antwoorden.");
  await answer.check();
  await expect(page.getByTestId("autosave-status")).toHaveText("Alle antwoorden zijn opgeslagen.", { timeout: 60_000 });

  const other = await (await browser.newContext()).newPage();
  await other.goto(`${link}/thema/1`);
  await expect(other.locator("fieldset[data-item]").first().getByLabel("Klopt grotendeels", { exact: true })).toBeChecked();
  await context.close();
});
