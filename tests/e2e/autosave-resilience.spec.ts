import { expect, test, type Page } from "@playwright/test";
import { AUTOSAVE, scanLinkPath } from "./fixtures/data";

// Each test opens its own invitation's link (tests/e2e/fixtures): no test sees another's answers.
const [retry, twoDevices] = AUTOSAVE.invitations!.map((inv) => scanLinkPath(inv.key)) as [string, string];

test("an answer saved while the network is down is retried until it is stored", async ({ browser }) => {
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await phone.goto(`${retry}/thema/1`);
  let blocked = 2;
  await phone.route("**/autosave", (route) => (blocked-- > 0 ? route.abort("internetdisconnected") : route.continue()));
  await phone.locator("fieldset[data-item]").first().getByLabel("Klopt grotendeels", { exact: true }).check();
  await expect(phone.getByTestId("autosave-status")).toContainText("Nog niet opgeslagen");
  await expect(phone.getByTestId("autosave-status")).toHaveText("Alle antwoorden zijn opgeslagen.", { timeout: 15_000 });
  await phone.reload();
  await expect(phone.locator("fieldset[data-item]").first().getByLabel("Klopt grotendeels", { exact: true })).toBeChecked();
});

test("two devices changing the same answer: the second is told, nothing is silently overwritten", async ({ browser }) => {
  const laptop = await (await browser.newContext()).newPage();
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await laptop.goto(`${twoDevices}/thema/1`);
  await phone.goto(`${twoDevices}/thema/1`); // both loaded before any answer exists
  const first = (p: Page) => p.locator("fieldset[data-item]").first();
  await first(laptop).getByLabel("Klopt helemaal", { exact: true }).check();
  await expect(laptop.getByTestId("autosave-status")).toHaveText("Alle antwoorden zijn opgeslagen.");
  // click, not check(): the conflict reply can restore the saved answer before check() looks
  await first(phone).getByLabel("Klopt helemaal niet", { exact: true }).click();
  await expect(first(phone)).toContainText("intussen ergens anders gewijzigd");
  await expect(first(phone).getByLabel("Klopt helemaal", { exact: true })).toBeChecked();
  await phone.reload();
  await expect(first(phone).getByLabel("Klopt helemaal", { exact: true })).toBeChecked();
});

// A desktop, the same desktop at 200 % zoom (half the CSS pixels, each drawn twice) and the narrowest phone
const SCREENS = [
  { name: "1280 px", viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  { name: "1280 px at 200 % zoom", viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
  { name: "320 px", viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
];
for (const screen of SCREENS) {
  test(`at ${screen.name} the autosave bar never covers the control that has focus (WCAG 2.4.11)`, async ({ browser }) => {
    const { viewport, deviceScaleFactor } = screen;
    const phone = await (await browser.newContext({ viewport, deviceScaleFactor })).newPage();
    await phone.goto(`${twoDevices}/thema/1`);
    await expect(phone.getByTestId("autosave-status")).toHaveText(/./);
    // Tab through the whole form, as a keyboard user does, to its last control ("Vorige")
    for (let i = 0; i < 80; i++) {
      await phone.keyboard.press("Tab");
      const { covered, last } = await phone.evaluate(() => {
        const focused = document.activeElement as HTMLElement;
        const box = focused.getBoundingClientRect();
        const bar = document.querySelector("[data-testid=autosave-status]")!.getBoundingClientRect();
        return {
          covered: box.bottom > bar.top && box.top < bar.bottom ? focused.outerHTML.slice(0, 120) : null,
          last: focused.textContent?.trim() === "Vorige",
        };
      });
      expect(covered).toBeNull();
      if (last) return;
    }
    throw new Error("Tab never reached “Vorige”");
  });
}
