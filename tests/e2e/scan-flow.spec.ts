import { expect, test, type Browser, type Page } from "@playwright/test";
import { PASSWORD, SCAN_FLOW_NO_JS, SCAN_FLOW_PHONE, type FixtureTraject } from "./fixtures/data";
import { expectNoA11yViolations, expectNoSidewaysScroll, failOnConsoleErrors, login } from "./helpers";

const PHONE = { width: 390, height: 844 };

/**
 * The traject's trainer invites someone who is not yet a key person ("Iemand anders"), and leaves the
 * employer's key persons (ticked by default) out; `saveAsKeyPerson`: saved as a key person in the same
 * step (issue 24). The link is read from the outbox, exactly as the demo works.
 */
async function inviteAndReadLink(page: Page, traject: FixtureTraject, name: string, email: string, { saveAsKeyPerson = false } = {}) {
  await login(page, traject.trainer.email, PASSWORD);
  await expect(page).toHaveURL("/trainer");
  await page.goto(`/trajecten/${traject.id}/scan`);
  const keyPersons = page.getByTestId("invite-key-persons");
  // those not yet invited are ticked by default
  for (const box of await keyPersons.getByRole("checkbox").all()) {
    await expect(box).toBeChecked();
    await box.uncheck();
  }
  const other = page.getByRole("group", { name: "Iemand anders" });
  await other.getByLabel("Naam").fill(name);
  await other.getByLabel("E-mailadres").fill(email);
  await other.getByLabel("Functie").selectOption("LEIDINGGEVENDE");
  if (saveAsKeyPerson) await other.getByLabel(`Ook bewaren als sleutelpersoon van ${traject.employer}`).check();
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByTestId("invite-message")).toContainText(`De uitnodiging voor ${name} is verstuurd.`);
  await expect(page.getByTestId(`state-${email}`)).toContainText("Verstuurd");
  if (saveAsKeyPerson) {
    await expect(page.getByTestId("invite-message")).toContainText(`${name} staat nu ook bij de sleutelpersonen.`);
    // now a key person, listed as already invited: not offered again in this round
    await expect(keyPersons.getByRole("listitem").filter({ hasText: email })).toContainText("al uitgenodigd");
    await expect(keyPersons.getByRole("checkbox", { name: new RegExp(name) })).toHaveCount(0);
    await expectNoA11yViolations(page, { afterSubmit: true });
    const size = page.viewportSize();
    await page.setViewportSize({ width: 320, height: 700 });
    await expectNoSidewaysScroll(page);
    await expectNoA11yViolations(page, { layoutOnly: true });
    if (size) await page.setViewportSize(size);
  }
  await page.goto("/mail");
  const mail = page
    .getByTestId("outbox")
    .locator("li")
    .filter({ hasText: `Aan ${email}` })
    .first();
  await mail.locator("summary").click();
  const body = await mail.getByTestId("mail-body").innerText();
  const url = body.match(/https?:\/\/\S+\/scan\/[A-Za-z0-9_-]{43}/)?.[0];
  expect(url, "the invitation mail holds a scan link").toMatch(/\/scan\//);
  return new URL(url!).pathname;
}

/** Answers every statement of the theme page but the last `leaveOpen`. */
async function answerTheme(page: Page, themeNumber: number, leaveOpen = 0) {
  const statements = page.locator("fieldset[data-item]");
  await expect(statements.first()).toBeVisible(); // count only once the theme's page is there
  const count = await statements.count();
  for (let i = 0; i < count - leaveOpen; i++) {
    const label =
      (themeNumber + i) % 5 === 0 ? "Weet ik niet" : ["Klopt deels", "Klopt grotendeels", "Klopt helemaal"][(themeNumber + i) % 3]!;
    await statements.nth(i).getByLabel(label, { exact: true }).check();
  }
  return count;
}

/** Submits the theme form and waits until the browser is on the next page (not the current one). */
async function saveAndContinue(page: Page) {
  const current = new URL(page.url()).pathname;
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await page.waitForURL((url) => url.pathname !== current && /\/(thema\/\d+|afronden)$/.test(url.pathname));
}

/** The link's state is the first thing after the h1 (issue 24), in a status region on screen without scrolling. */
async function expectStatusAtTop(page: Page, text: string | RegExp) {
  const status = page.getByTestId("scan-status");
  await expect(status).toContainText(text);
  await expect(status).toHaveAttribute("role", "status");
  expect(await status.evaluate((el) => el.previousElementSibling?.tagName)).toBe("H1");
  await expect(status).toBeInViewport();
}

async function phoneContext(browser: Browser, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled, isMobile: true, hasTouch: true, locale: "nl-NL" });
  return { context, page: await context.newPage() };
}

test("a respondent fills the whole scan on a phone, with a reload in the middle, and the trainer sees the results", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const traject = `/trajecten/${SCAN_FLOW_PHONE.id}`;
  const link = await inviteAndReadLink(page, SCAN_FLOW_PHONE, "Sam Respondent", "sam@scan-flow.e2e.nl", { saveAsKeyPerson: true });
  const { context, page: phone } = await phoneContext(browser, true);
  const noConsoleErrors = failOnConsoleErrors(phone);

  await phone.goto(link);
  await expect(phone.getByRole("heading", { level: 1 })).toContainText("Welkom bij de Mental Health-bedrijfsscan");
  await expectNoA11yViolations(phone);
  await phone.getByRole("link", { name: "Start de scan" }).click();

  let themes = 0;
  for (let n = 1; ; n++) {
    await expect(phone).toHaveURL(new RegExp(`/thema/${n}$`));
    await expect(phone.getByText(new RegExp(`Thema ${n} van \\d+`))).toBeVisible();
    if (n === 4) {
      // two statements autosaved, then the phone is put away: the link leads back to the third, focused
      const statements = phone.locator("fieldset[data-item]");
      for (const i of [0, 1]) await statements.nth(i).getByLabel("Klopt deels", { exact: true }).check();
      await expect(phone.getByTestId("autosave-status")).toHaveText("Alle antwoorden zijn opgeslagen.");
      await phone.goto(link);
      await expectStatusAtTop(phone, /Welkom terug\. U heeft \d+ van \d+ stellingen beantwoord/);
      await phone.getByTestId("scan-status").getByRole("link", { name: "Verder waar u was (thema 4)" }).click();
      await expect(phone).toHaveURL(/\/thema\/4#stelling-4\.3$/);
      await expect(phone.locator("#stelling-4\\.3 input[type=radio]").first()).toBeFocused();
    }
    const answered = await answerTheme(phone, n);
    await expect(phone.getByTestId("autosave-status")).toHaveText("Alle antwoorden zijn opgeslagen.");
    if (n === 1) await expectNoA11yViolations(phone);
    if (n === 3) {
      // the reload in the middle: every autosaved answer is still there
      await phone.reload();
      const checked = await phone.locator("fieldset[data-item] input[type=radio]:checked").count();
      expect(checked).toBe(answered);
      await phone.getByLabel("Wat zou er nodig zijn om op dit thema één punt hoger te scoren?").fill("Vaker samen bespreken wat werkt.");
      await expect(phone.getByTestId("autosave-status")).toHaveText("Alle antwoorden zijn opgeslagen.", { timeout: 5000 });
    }
    themes = n;
    await saveAndContinue(phone);
    if (phone.url().endsWith("/afronden")) break;
  }
  expect(themes).toBeGreaterThan(1);

  await expectNoA11yViolations(phone);
  await phone.getByRole("radio", { name: "7", exact: true }).check();
  await phone.getByLabel(/Welke vraag wilt u in de bijeenkomst/).fill("Hoe begin ik het gesprek?");
  await phone.getByRole("button", { name: "Opslaan en controleren" }).click();
  await expect(phone.getByRole("heading", { name: "Controleren en versturen" })).toBeVisible();
  await expect(phone.getByText(/Alle \d+ stellingen zijn beantwoord/)).toBeVisible();
  // every answer per theme, in the scale's words, with the respondent's own comment
  const themeThree = phone.getByTestId("review-theme-T3");
  await expect(themeThree.getByRole("heading", { level: 2 })).toContainText("Thema 3");
  await expect(themeThree.locator("dd").first()).toHaveText("Klopt deels");
  await expect(themeThree.locator("dd").last()).toHaveText("Vaker samen bespreken wat werkt.");
  await expect(phone.getByTestId("review-theme-T2").locator("dd").nth(3)).toHaveText("Weet ik niet");
  await expectNoA11yViolations(phone);
  await phone.setViewportSize({ width: 320, height: 700 });
  await expectNoSidewaysScroll(phone);
  await phone.setViewportSize(PHONE);
  await phone.getByRole("link", { name: /^Wijzigen \(thema 2: / }).click();
  await expect(phone).toHaveURL(/\/thema\/2$/);
  await expect(phone.locator("fieldset[data-item]").nth(3).getByLabel("Weet ik niet", { exact: true })).toBeChecked();
  await phone.goto(`${link}/controle`);
  await phone.getByRole("button", { name: "Scan versturen" }).click();
  await expect(phone.getByRole("heading", { name: "Dank u wel!" })).toBeVisible();
  await expectNoA11yViolations(phone);

  // submitted answers are read-only now, and the link says so at the top, not below the introduction
  await phone.goto(link);
  await expectStatusAtTop(phone, /^U heeft de scan op .+ verstuurd\./);
  await expect(phone.getByRole("link", { name: /Verder waar u was|Start de scan/ })).toHaveCount(0);
  await phone.getByRole("link", { name: "Mijn antwoorden bekijken" }).click();
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Uw antwoorden");
  await expect(phone.getByRole("button", { name: "Scan versturen" })).toHaveCount(0);
  await expect(phone.getByRole("link", { name: /^Wijzigen/ })).toHaveCount(0);
  await expectNoA11yViolations(phone);
  await phone.goto(`${link}/thema/1`);
  await expect(phone.locator("fieldset[data-item] input[type=radio]").first()).toBeDisabled();
  await expectStatusAtTop(phone, "niet meer wijzigen");
  noConsoleErrors();
  await context.close();

  await page.goto(`${traject}/scan`);
  await expect(page.getByTestId("state-sam@scan-flow.e2e.nl")).toContainText("Ingevuld");
  await page.goto(`${traject}/resultaten`);
  await expect(page.getByRole("main")).toContainText("2 van 2"); // the fixture's one response and Sam's
  await expectNoA11yViolations(page);

  // the trainer reopens Sam's scan: the link says so first, and goes on at the review page
  await page.goto(`${traject}/scan`);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Heropenen: Sam Respondent" }).click();
  await expect(page.getByTestId("state-sam@scan-flow.e2e.nl")).not.toContainText("Ingevuld");
  const again = await phoneContext(browser, true);
  await again.page.goto(link);
  await expectStatusAtTop(again.page, /heeft uw scan op .+ heropend\. U kunt uw antwoorden weer wijzigen/);
  await again.page.getByRole("link", { name: "Verder waar u was (controleren en versturen)" }).first().click();
  await expect(again.page.getByRole("heading", { level: 1 })).toHaveText("Controleren en versturen");
  await expectStatusAtTop(again.page, "heropend");
  await expect(again.page.getByRole("button", { name: "Scan versturen" })).toBeEnabled();
  await again.context.close();
});

test("a second respondent completes the scan with JavaScript switched off", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const link = await inviteAndReadLink(page, SCAN_FLOW_NO_JS, "Noa Zonder Script", "noa@scan-flow.e2e.nl");
  const { context, page: phone } = await phoneContext(browser, false);
  await phone.goto(link);
  await phone.getByRole("link", { name: "Start de scan" }).click();
  await expect(phone).toHaveURL(/\/thema\/1$/); // a click on a link does not wait for the next page
  for (let n = 1; ; n++) {
    await answerTheme(phone, n + 1, n === 1 ? 1 : 0); // the last statement of theme 1 stays open
    await saveAndContinue(phone);
    if (phone.url().endsWith("/afronden")) break;
  }
  await phone.getByRole("radio", { name: "6", exact: true }).check();
  await phone.getByRole("button", { name: "Opslaan en controleren" }).click();
  // the open statement: counted at the top, "Nog niet beantwoord" in its theme, linked to its place
  await expect(phone.getByTestId("review-summary")).toContainText("Er staat nog 1 stelling open");
  await expect(phone.getByTestId("review-theme-T1").locator("dd").nth(5)).toContainText("Nog niet beantwoord");
  await expect(phone.getByRole("button", { name: "Scan versturen" })).toBeDisabled();
  await phone.getByTestId("open-statements").getByRole("link").click();
  await expect(phone).toHaveURL(/\/thema\/1#stelling-1\.6$/);
  await phone.locator("#stelling-1\\.6").getByLabel("Klopt helemaal", { exact: true }).check();
  await saveAndContinue(phone);
  await phone.goto(`${link}/controle`);
  await expect(phone.getByText(/Alle \d+ stellingen zijn beantwoord/)).toBeVisible();
  // (axe needs JavaScript in the page; the same pages are checked in the test above)
  await phone.getByRole("button", { name: "Scan versturen" }).click();
  await expect(phone.getByRole("heading", { name: "Dank u wel!" })).toBeVisible();
  await context.close();

  await page.goto(`/trajecten/${SCAN_FLOW_NO_JS.id}/scan`);
  await expect(page.getByTestId("state-noa@scan-flow.e2e.nl")).toContainText("Ingevuld");
});

test("an invalid scan link gives a friendly Dutch 404 that reveals nothing", async ({ page }) => {
  for (const path of ["/scan/bestaat-niet", `/scan/${"A".repeat(43)}`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Deze link werkt niet (meer)" })).toBeVisible();
  }
  await expectNoA11yViolations(page);
});

test("the autosave endpoint rejects bad input with a Dutch message and a 4xx", async ({ request }) => {
  const bad = await request.put(`/api/scan/${"A".repeat(43)}/autosave`, {
    data: { type: "answer", itemKey: "1.1", value: 3, revision: 0 },
  });
  expect(bad.status()).toBe(404);
  expect((await bad.json()).message).toBe("Deze link werkt niet (meer).");
  const malformed = await request.put(`/api/scan/x/autosave`, {
    data: Buffer.from("{nope"),
    headers: { "content-type": "application/json" },
  });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).message).toContain("kon niet worden gelezen");
  const wrongShape = await request.put(`/api/scan/x/autosave`, { data: { type: "answer", itemKey: "1.1", value: "veel", revision: 0 } });
  expect(wrongShape.status()).toBe(400);
  expect((await wrongShape.json()).message).toMatch(/^(Ongeldige|Kies)/);
  const huge = await request.put(`/api/scan/x/autosave`, { data: { type: "note", key: "theme:1", text: "é".repeat(12_000), revision: 0 } });
  expect(huge.status()).toBe(400);
  expect((await huge.json()).message).toBe("Dit antwoord is te lang om op te slaan.");
  const wrongMethod = await request.post(`/api/scan/x/autosave`, { data: {} });
  expect(wrongMethod.status()).toBe(405);
  expect(wrongMethod.headers()["allow"]).toBe("PUT");
  expect(bad.headers()["cache-control"]).toBe("no-store");
});

test("pages carry a strict Content-Security-Policy with a fresh script nonce per request", async ({ request }) => {
  const nonceOf = (policy: string) => policy.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
  const first = await request.get("/login");
  const policy = first.headers()["content-security-policy"] ?? "";
  expect(policy).toContain("script-src 'self' 'nonce-");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("form-action 'self'");
  expect(policy).not.toContain("unsafe-eval");
  const nonce = nonceOf(policy);
  expect(await first.text()).toContain(`nonce="${nonce}"`);
  const second = await request.get("/login");
  expect(nonceOf(second.headers()["content-security-policy"] ?? "")).not.toBe(nonce);
});
