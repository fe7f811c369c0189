import { expect, test, type Page } from "@playwright/test";
import { login } from "./helpers";

async function freshLink(page: Page, name: string, email: string) {
  await login(page, "marieke@oads.nl");
  await expect(page).toHaveURL("/trainer");
  await page.goto("/trajecten/demo-traject-vandijk");
  await page.getByLabel("Naam").fill(name);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByTestId("invite-message")).toContainText("is verstuurd");
  await page.goto("/mail");
  const mail = page
    .getByTestId("outbox")
    .locator("li")
    .filter({ hasText: `Aan ${email}` })
    .first();
  await mail.locator("summary").click();
  const body = await mail.getByTestId("mail-body").innerText();
  return new URL(body.match(/https?:\/\/\S+\/scan\/[A-Za-z0-9_-]{43}/)![0]).pathname;
}

test("an answer saved while the network is down is retried until it is stored", async ({ page, browser }) => {
  const link = await freshLink(page, "Robin Wifi", "robin@vandijkbouw.nl");
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await phone.goto(`${link}/thema/1`);
  let blocked = 2;
  await phone.route("**/autosave", (route) => (blocked-- > 0 ? route.abort("internetdisconnected") : route.continue()));
  await phone.locator("fieldset[data-item]").first().getByLabel("Klopt grotendeels", { exact: true }).check();
  await expect(phone.getByTestId("autosave-status")).toContainText("Nog niet opgeslagen");
  await expect(phone.getByTestId("autosave-status")).toHaveText("Alle antwoorden zijn opgeslagen.", { timeout: 15_000 });
  await phone.reload();
  await expect(phone.locator("fieldset[data-item]").first().getByLabel("Klopt grotendeels", { exact: true })).toBeChecked();
});

test("two devices changing the same answer: the second is told, nothing is silently overwritten", async ({ page, browser }) => {
  const link = await freshLink(page, "Kim Tweeapparaten", "kim@vandijkbouw.nl");
  const laptop = await (await browser.newContext()).newPage();
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await laptop.goto(`${link}/thema/1`);
  await phone.goto(`${link}/thema/1`); // both loaded before any answer exists
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
