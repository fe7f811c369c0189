import { expect, test, type Browser } from "@playwright/test";
import questionnaire from "@/prisma/data/mhb-2025.json" with { type: "json" };
import { formatDate } from "@/lib/dates";
import { defaultFollowUpAt } from "@/lib/followup/moment-rules";
import { FOLLOW_UP, PASSWORD } from "./fixtures/data";
import { expectNoA11yViolations, pdfText, signedIn as signedInAs } from "./helpers";

// After the sessions: the trainer closes the traject (a follow-up moment six months on), starts the
// follow-up scan inviting the same three people again, they answer, the trainer closes it, and the
// employer sees the progress section on the results page and in the PDF.

const traject = `/trajecten/${FOLLOW_UP.id}`;
const items = questionnaire.themes.flatMap((t) => t.items.map((i) => i.key));

const signedIn = (browser: Browser, email: string, home: string) => signedInAs(browser, email, home, PASSWORD);

/** A respondent of the follow-up: the answers go in through the autosave (as the page's script sends them), then they send the scan. */
async function answerFollowUp(browser: Browser, token: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/scan/${token}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // the working-version label is for the tandem and the employer, never the respondent (ADR 026)
  await expect(page.getByText(/werkversie/i)).toHaveCount(0);
  for (const itemKey of items) {
    // themes 1 and 2 moved up; the rest as good as the first time
    const value = itemKey.startsWith("1.") || itemKey.startsWith("2.") ? 5 : 4;
    const saved = await page.request.put(`/api/scan/${token}/autosave`, { data: { type: "answer", itemKey, value, revision: 0 } });
    expect(saved.status()).toBe(200);
  }
  await page.request.put(`/api/scan/${token}/autosave`, { data: { type: "selfGrade", value: 8, revision: 0 } });
  await page.goto(`/scan/${token}/controle`);
  await page.getByRole("button", { name: "Scan versturen" }).click();
  await expect(page.getByRole("heading", { name: "Dank u wel!" })).toBeVisible();
  await context.close();
}

test("close → follow-up moment → follow-up scan with the same people → progress on the results page and in the PDF", async ({
  browser,
}) => {
  test.slow();
  const trainer = await signedIn(browser, FOLLOW_UP.trainer.email, "/trainer");
  await trainer.goto(traject);
  // after the sessions, closing is the next step on the overview (its consequence spelled out), not an exception
  const close = trainer.getByTestId("close-traject");
  await close.getByText("Het traject afronden").click();
  await close.getByRole("button", { name: "Ja, traject afronden" }).click();
  await expect(trainer.getByTestId("outcome")).toBeVisible();
  await expect(trainer.getByTestId("phase-opvolging")).toHaveAttribute("data-state", "now");

  await trainer.getByTestId("phase-opvolging").getByRole("link", { name: "Opvolging" }).click();
  await expect(trainer.getByRole("heading", { level: 1, name: "Opvolging" })).toBeVisible();
  await expect(trainer.getByTestId("follow-up-moment")).toContainText(formatDate(defaultFollowUpAt(new Date())));
  await expectNoA11yViolations(trainer);

  const rounds = trainer.getByTestId("scan-rounds");
  // the short version is offered beside the full scan (this journey keeps the full one); the bundled questionnaire is the werkversie
  await expect(rounds.getByLabel("Korte versie (alleen de 27 kernstellingen, ongeveer 8 minuten)")).toBeVisible();
  await expect(rounds.getByTestId("werkversie")).toContainText("Werkversie");
  await rounds.getByRole("button", { name: "Vervolgscan starten" }).click();
  await expect(rounds).toContainText("3 mensen zijn opnieuw uitgenodigd");
  await expect(rounds).toContainText("Vervolgscan: loopt");

  // the links are in the outbox (no SMTP in the tests): one per person, the follow-up's own
  await trainer.goto("/mail");
  const tokens = [...new Set((await trainer.content()).match(/\/scan\/[A-Za-z0-9_-]{43}/g) ?? [])].map((p) => p.slice(6));
  expect(tokens).toHaveLength(3);
  for (const token of tokens) await answerFollowUp(browser, token);

  // the tandem sees the follow-up live; the employer still the first scan until it closes
  await trainer.goto(`${traject}/opvolging`);
  await expect(rounds).toContainText("3 van 3 uitgenodigden");
  trainer.once("dialog", (d) => d.accept());
  await rounds.getByRole("button", { name: "Vervolgscan afsluiten" }).click();
  await expect(rounds).toContainText("De vervolgscan is afgesloten (3 ingevulde scans)");
  await expectNoA11yViolations(trainer);

  const hr = await signedIn(browser, FOLLOW_UP.hr.email, "/werkgever");
  await hr.goto(`${traject}/resultaten`);
  await expect(hr.getByRole("heading", { level: 1 })).toContainText("vervolgscan");
  const progress = hr.locator("section", { has: hr.getByRole("heading", { name: "Voortgang sinds de eerste scan" }) });
  await expect(progress).toBeVisible();
  await expect(progress.getByRole("table").first()).toContainText("hoger");
  await expect(hr.getByTestId("werkversie")).toBeVisible();
  await expectNoA11yViolations(hr);
  await hr.setViewportSize({ width: 390, height: 844 });
  await expectNoA11yViolations(hr, { layoutOnly: true });

  const text = await pdfText(await hr.request.get(`/api/trajecten/${FOLLOW_UP.id}/rapport`));
  expect(text).toContain("Voortgang sinds de eerste scan");
  expect(text).toMatch(/Eerste scan \(/);
  expect(text).toMatch(/Vervolgscan \(/);
  expect(text).toContain("hoger");
});
