import AxeBuilder from "@axe-core/playwright";
import { expect, type APIResponse, type Browser, type Cookie, type Page } from "@playwright/test";
import { generate } from "otplib";
import { PDFParse } from "pdf-parse";
import { DEMO_TOTP_SECRET } from "../../prisma/seed/people";

export const DEMO_PASSWORD = "WelkomDemo2026";

/**
 * The session cookies of this worker's earlier sign-ins, per account and password. A code counts once
 * per account (replay protection), so signing the same demo person in again and again through the form
 * makes specs wait for the authenticator's next code; a spec that is not about signing in takes the
 * login that is still valid instead, as a person with an open tab would. The form itself is covered
 * by the specs that ask for `fresh` (auth.spec.ts, second-factor.spec.ts) and by every first sign-in.
 */
const signedInCookies = new Map<string, Cookie[]>();

/**
 * Signs in; when the account has a second factor (docs/decisions/019-second-factor.md) it fills the
 * code step as an authenticator app would, from the secret (the demo's and the fixtures' by default).
 */
export async function login(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
  secret = DEMO_TOTP_SECRET,
  { fresh = false }: { fresh?: boolean } = {},
) {
  const key = `${email}\n${password}`;
  const cookies = signedInCookies.get(key);
  if (cookies && !fresh) {
    await page.context().addCookies(cookies);
    await page.goto("/");
    if (!new URL(page.url()).pathname.startsWith("/login")) return;
    signedInCookies.delete(key); // ended meanwhile (logged out, or everywhere): sign in anew
  }
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  let answer = await submitLogin(page);
  if (answer === "SECOND_FACTOR_NEEDED") answer = await enterCode(page, secret);
  if (answer !== null) return; // not signed in (a wrong password, a refusal): the spec checks what it expects
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  signedInCookies.set(key, await page.context().cookies());
}

/** Clicks "Inloggen" and returns next-auth's answer: null when signed in, else its error. */
async function submitLogin(page: Page): Promise<string | null> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials") && r.request().method() === "POST"),
    page.getByRole("button", { name: "Inloggen" }).click(),
  ]);
  const { url } = (await response.json()) as { url?: string };
  return url ? new URL(url).searchParams.get("error") : null;
}

/**
 * A code counts once per account (replay protection), and specs sign the same people in often: this
 * step's code, else the next step's (one step ahead is accepted), else wait for the next step.
 */
async function enterCode(page: Page, secret: string): Promise<string | null> {
  let answer: string | null = "SECOND_FACTOR_USED";
  for (let attempt = 0; attempt < 4 && answer === "SECOND_FACTOR_USED"; attempt++) {
    if (attempt === 2) await page.waitForTimeout(30_500 - (Date.now() % 30_000));
    const step = Math.floor(Date.now() / 30_000) + (attempt % 2);
    await page.getByLabel("Code uit uw authenticator-app", { exact: true }).fill(await generate({ secret, epoch: step * 30 }));
    answer = await submitLogin(page);
  }
  return answer;
}

/** On the enrolment page: starts, reads the secret as someone typing it into an app would, confirms; returns the secret. */
export async function enrolSecondFactor(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Tweede stap instellen" }).click();
  const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel("Code uit de app").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page.getByTestId("recovery-codes")).toContainText("Bewaar deze codes");
  return secret;
}

/**
 * WCAG 2.x A/AA rules (incl. 2.2) via axe; any violation fails with its rule ids. `layoutOnly` is for a
 * page already checked at another width: it reruns only the rules whose answer depends on the layout.
 */
const LAYOUT_RULES = ["target-size", "scrollable-region-focusable"];

export async function expectNoA11yViolations(
  page: Page,
  { layoutOnly = false, afterSubmit = false }: { layoutOnly?: boolean; afterSubmit?: boolean } = {},
) {
  if (afterSubmit) await expectFocusKept(page);
  const builder = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ["violations"] });
  // At another width only geometry can change: no element is shown or hidden by width (no breakpoint
  // toggles visibility; tests/unit/width-independent-markup.test.ts keeps it so), so the structural rules
  // give the desktop's answer again. Those that measure are rerun: touch targets and their spacing,
  // and regions that start to scroll and must then take focus.
  const results = await (
    layoutOnly ? builder.withRules(LAYOUT_RULES) : builder.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
  ).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/**
 * After a save, a delete or a move, keyboard focus is still where the person can go on (the button, the
 * moved card, a status line), not dropped to <body> (issue 23, WCAG 2.4.3). Call once the result shows.
 */
export async function expectFocusKept(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          !document.activeElement || document.activeElement === document.body ? "body" : document.activeElement.tagName,
        ),
      {
        timeout: 3000,
      },
    )
    .not.toBe("body");
}

/** At this width nothing scrolls sideways: the page reflows (WCAG 1.4.10; checked at 320 px by the sweep). */
export async function expectNoSidewaysScroll(page: Page, label = page.url()) {
  const widths = await page.evaluate(() => ({ document: document.documentElement.scrollWidth, window: window.innerWidth }));
  // soft: a sweep reports every page that is too wide, not only the first
  expect.soft(widths.document, `${label} is wider than the window`).toBeLessThanOrEqual(widths.window);
}

/**
 * Console errors fail the test: they are bugs the user would not see but would suffer from. One is by
 * design: next-auth answers a sign-in that is not (yet) complete with 401 (a wrong password, or the
 * second factor's code step) and Chromium logs every 4xx it fetches; that answer is read by the form.
 */
export function failOnConsoleErrors(page: Page) {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    if (msg.location().url.endsWith("/api/auth/callback/credentials") && msg.text().includes("status of 401")) return;
    errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(err.message));
  return () => expect(errors).toEqual([]);
}

/** A person signed in in a browser context of their own (two people side by side), on their home page. */
export async function signedIn(browser: Browser, email: string, home: string, password = DEMO_PASSWORD): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, email, password);
  await expect(page).toHaveURL(home);
  return page;
}

/** The text of a downloaded PDF, as a reader (or a screen reader) gets it. */
export async function pdfText(response: APIResponse): Promise<string> {
  expect(response.status()).toBe(200);
  const parser = new PDFParse({ data: new Uint8Array(await response.body()) });
  const text = (await parser.getText()).text;
  await parser.destroy();
  return text;
}

/**
 * The beheerder sends someone a new account link (Beheer → Gebruikers) and reads it in the outbox.
 * Without a mail server only the admin who sent it sees it (issue 20); a link the tandem caused for an
 * employer account is visible to nobody, so this is how such an account is handed over in the e2e run.
 */
export async function adminSendsAccountLink(admin: Page, email: string, base = ""): Promise<string> {
  await admin.goto(`${base}/beheer/gebruikers`);
  const row = admin.getByTestId(`user-${email}`);
  await row.getByRole("button", { name: /Link (voor nieuw wachtwoord|opnieuw sturen)/ }).click();
  await expect(row.getByRole("status").filter({ hasText: /\S/ })).toBeVisible();
  await admin.goto(`${base}/mail`);
  const mail = admin
    .getByTestId("outbox")
    .locator("li")
    .filter({ hasText: `Aan ${email}` })
    .first();
  await mail.locator("summary").click();
  await expect(mail.getByTestId("link-warning")).toBeVisible();
  const link = ((await mail.getByTestId("mail-body").textContent()) ?? "").match(/\/account\/activeren\/[A-Za-z0-9_-]{43}/)?.[0];
  expect(link).toBeTruthy();
  return link!;
}
