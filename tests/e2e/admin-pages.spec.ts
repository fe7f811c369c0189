import { expect, test, type Locator } from "@playwright/test";
import { expectNoA11yViolations, failOnConsoleErrors, login } from "./helpers";

// Admin pages that scale (issue 24): the menu in groups takes one row on a laptop and at most two on
// the narrowest phone; the oplossingsrichtingen are a list with one edit page per entry.
const ADMIN = "beheer@weerbarewerkgever.nl";

async function rowsOf(list: Locator) {
  const tops = await list.getByRole("link").evaluateAll((links) => links.map((l) => Math.round(l.getBoundingClientRect().top)));
  return new Set(tops).size;
}

test("the admin's menu is grouped and short at every width", async ({ page }) => {
  const noConsoleErrors = failOnConsoleErrors(page);
  await login(page, ADMIN);
  await expect(page).toHaveURL("/beheer");
  const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
  await expect(menu.getByRole("link")).toHaveText(["Overzicht", "Programma", "Mensen", "Inhoud", "Systeem"]);
  await expect(menu.getByRole("link", { name: "Overzicht" })).toHaveAttribute("aria-current", "page");
  for (const [width, rows] of [
    [1280, 1],
    [320, 2],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    expect(await rowsOf(menu)).toBeLessThanOrEqual(rows);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await menu.getByRole("link", { name: "Inhoud" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inhoud");
  await expect(menu.getByRole("link", { name: "Inhoud" })).toHaveAttribute("aria-current", "page");
  await page.getByTestId("group-pages").getByRole("link", { name: "Oplossingsrichtingen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Oplossingsrichtingen");
  const inhoud = page.getByRole("navigation", { name: "Onderdelen van Inhoud" });
  await expect(inhoud.getByRole("link", { name: "Oplossingsrichtingen" })).toHaveAttribute("aria-current", "page");
  await page.setViewportSize({ width: 320, height: 900 });
  expect(await rowsOf(inhoud)).toBeLessThanOrEqual(2);
  noConsoleErrors();
});

test("the admin adds, edits and switches off an oplossingsrichting, each on its own page", async ({ page }) => {
  const noConsoleErrors = failOnConsoleErrors(page);
  await login(page, ADMIN);
  await page.goto("/beheer/oplossingsrichtingen");
  // a list: no forms, however many entries
  await expect(page.getByTestId("solutions").locator("form")).toHaveCount(0);
  await page.getByRole("link", { name: "Nieuwe oplossingsrichting" }).click();
  await page.getByLabel("Titel").fill("Vertrouwenspersoon op locatie E2E");
  await page.getByLabel("Beschrijving").fill("Een vast aanspreekpunt op elke locatie, bekend bij iedereen.");
  await page.getByRole("button", { name: "Toevoegen" }).click();

  // back on the list, beside the new entry, with focus there
  await expect(page).toHaveURL(/\/beheer\/oplossingsrichtingen\?toegevoegd=EIGEN-\d+#oplossing-EIGEN-\d+$/);
  const key = new URL(page.url()).searchParams.get("toegevoegd")!;
  const entry = page.getByTestId(`solution-${key}`);
  await expect(entry.getByTestId("solution-notice")).toHaveText("Toegevoegd.");
  await expect(entry.getByTestId("solution-notice")).toBeFocused();

  await entry.getByRole("link", { name: /^Wijzigen/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wijzigen: Vertrouwenspersoon op locatie E2E");
  await expectNoA11yViolations(page);
  // bad input: a Dutch reason on the form, what was typed stays, nothing saved
  await page.getByLabel("Titel").fill("V");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Geef de oplossingsrichting een titel.").first()).toBeVisible();
  await expect(page.getByLabel("Beschrijving")).toHaveValue("Een vast aanspreekpunt op elke locatie, bekend bij iedereen.");
  await page.getByLabel("Titel").fill("Vertrouwenspersoon per locatie E2E");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(entry.getByTestId("solution-notice")).toHaveText("Opgeslagen.");
  await expect(entry).toContainText("Vertrouwenspersoon per locatie E2E");
  await expect(entry.getByTestId("solution-notice")).toBeFocused();

  await entry.getByRole("link", { name: /^Wijzigen/ }).click();
  await page.getByRole("button", { name: "Uitzetten" }).click();
  await expect(entry.getByTestId("solution-notice")).toHaveText("Staat uit: wordt niet meer aangeboden.");
  await expect(entry).toContainText("staat uit");
  noConsoleErrors();
});

// The organisation's settings (issue 25 item 5): a refusal in Dutch that saves nothing, and a logo
// uploaded (multipart, through the server action), shown, and removed again so other specs see the defaults.
test("the admin's organisation page: a Dutch refusal, and a logo uploaded and removed", async ({ page }) => {
  const noConsoleErrors = failOnConsoleErrors(page);
  await login(page, ADMIN);
  await page.goto("/beheer/systeem");
  await page.getByTestId("group-pages").getByRole("link", { name: "Organisatie" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisatie");
  const preview = page.getByTestId("organisation-preview");
  const before = await preview.textContent();
  await page.getByLabel("Wie staat erachter").fill("Initiatief van niemand");
  await page.getByRole("button", { name: "Gegevens bewaren" }).click();
  await expect(page.getByText("Begin de zin over wie achter het programma staat met ‘Een’", { exact: false }).first()).toBeVisible();
  await page.reload();
  await expect(preview).toHaveText(before ?? "");

  const png = "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAECAIAAAA8r+mnAAAAEUlEQVR4nGOQj2/DihioJwEATN4ggbrC0yYAAAAASUVORK5CYII=";
  await page
    .getByLabel("Bestand met het logo (PNG of JPEG)")
    .setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from(png, "base64") });
  await page.getByRole("button", { name: "Logo bewaren" }).click();
  await expect(page.getByTestId("logo-preview")).toBeVisible();
  await page.getByRole("button", { name: "Logo verwijderen" }).click();
  await expect(page.getByTestId("logo-preview")).toHaveCount(0);
  noConsoleErrors();
});
