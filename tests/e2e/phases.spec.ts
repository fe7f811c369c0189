import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, PLANNING } from "./fixtures/data";
import { expectNoA11yViolations, expectNoSidewaysScroll, login } from "./helpers";
import { isoDay } from "@/lib/dates";

// Issue 24, item 2 (docs/decisions/023): a new trainer runs a traject from the phase overview, phase by
// phase through its links, without the manual phase select: plan, invite, close the scan, hold the
// sessions, the code, close the traject, the follow-up. Each phase page passes axe on desktop and phone.

const EMPLOYER = "Bouwbedrijf Fasen E2E";
const today = isoDay(new Date());

/** The phase's state on the overview's checklist, as its text says it (not only its colour). */
async function expectPhase(page: Page, key: string, state: "done" | "now" | "later", text: string) {
  const phase = page.getByTestId(`phase-${key}`);
  await expect(phase).toHaveAttribute("data-state", state);
  await expect(phase).toContainText({ done: "Klaar", now: "Nu aan de beurt", later: "Later" }[state]);
  await expect(phase).toContainText(text);
}

/** From the overview, the phase's own link; its page says which phase it is. */
async function openPhase(page: Page, key: string, label: string) {
  await page.getByTestId(`phase-${key}`).getByRole("link", { name: label }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(label === "Gedragscode" ? "EPA-gedragscode" : label);
  await expect(page.getByRole("navigation", { name: "Fases van het traject" }).getByRole("link", { name: label })).toHaveAttribute(
    "aria-current",
    "page",
  );
}

async function backToOverview(page: Page) {
  await page.getByRole("navigation", { name: "Fases van het traject" }).getByRole("link", { name: "Overzicht" }).click();
  await expect(page.getByTestId("phase-checklist")).toBeVisible();
}

async function checkAtBothWidths(page: Page) {
  await expectNoA11yViolations(page);
  await page.setViewportSize({ width: 320, height: 720 });
  await expectNoSidewaysScroll(page);
  await expectNoA11yViolations(page, { layoutOnly: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a trainer runs a traject from the phase overview, phase by phase, without the phase select", async ({ page }) => {
  test.slow(); // a whole traject, intake to follow-up
  await login(page, PLANNING.trainer.email, PASSWORD);
  await expect(page).toHaveURL("/trainer");
  await page.getByRole("link", { name: "Nieuw traject" }).click();
  await page.getByLabel("Naam nieuwe werkgever").fill(EMPLOYER);
  await page.getByLabel("Sector", { exact: true }).fill("Bouw");
  await page.getByLabel("Werkvloer of locatie").fill("Bouwplaats Noord");
  await page.getByRole("button", { name: "Traject starten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: EMPLOYER })).toBeVisible();

  // at intake: plan and invite are now, the rest later
  await expectPhase(page, "planning", "now", "Nog geen ervaringsdeskundige gevraagd");
  await expectPhase(page, "scan", "now", "Nog niemand uitgenodigd");
  await expectPhase(page, "bijeenkomsten", "later", "Bijeenkomst 1: nog geen datum");
  await expectPhase(page, "opvolging", "later", "");
  await checkAtBothWidths(page);

  // Planning: ask an experience expert
  await openPhase(page, "planning", "Planning");
  await page.getByTestId("expert-options").locator("li").first().getByRole("button", { name: "Vragen" }).click();
  await expect(page.getByTestId("expert-options").locator("li").first()).toContainText("gevraagd, nog geen antwoord");
  await checkAtBothWidths(page);
  await backToOverview(page);
  await expectPhase(page, "planning", "now", "is gevraagd als ervaringsdeskundige; nog geen antwoord");

  // Bijeenkomsten: both dates
  await openPhase(page, "bijeenkomsten", "Bijeenkomsten");
  for (const [n, date] of [
    [1, "2027-02-03"],
    [2, "2027-03-03"],
  ] as const) {
    const form = page.locator("form", { has: page.getByRole("button", { name: `Bijeenkomst ${n} bewaren` }) });
    await form.getByLabel("Datum").fill(date);
    await form.getByLabel("Begin").fill("13:30");
    await form.getByLabel("Einde").fill("16:30");
    await form.getByLabel("Adres (op locatie)").fill("Keet op de bouwplaats");
    await form.getByRole("button", { name: `Bijeenkomst ${n} bewaren` }).click();
    await expect(form.getByText("De bijeenkomst is bewaard.")).toBeVisible();
  }
  await checkAtBothWidths(page);
  await backToOverview(page);
  await expectPhase(page, "planning", "now", "2 bijeenkomsten met een datum");
  await expectPhase(page, "bijeenkomsten", "later", "Bijeenkomst 1 op 3 februari 2027 om 13:30");

  // Scan: the first invitation opens it, "Scan sluiten" closes it
  await openPhase(page, "scan", "Scan");
  await page.getByLabel("Naam").fill("Bart Bouwer");
  await page.getByLabel("E-mailadres").fill("bart@fasen.e2e.nl");
  await page.getByLabel("Functie").selectOption("LEIDINGGEVENDE");
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByTestId("state-bart@fasen.e2e.nl")).toContainText("Verstuurd");
  await checkAtBothWidths(page);
  await backToOverview(page);
  await expectPhase(page, "scan", "now", "0 van 1 ingevuld");
  await openPhase(page, "scan", "Scan");
  await page.getByTestId("close-scan").getByText("Scan sluiten", { exact: true }).click();
  await page.getByRole("button", { name: "Ja, scan sluiten" }).click();
  await expect(page.getByTestId("scan-closed-at")).toBeVisible();
  await backToOverview(page);
  await expectPhase(page, "scan", "done", "0 van 1 ingevuld");
  await expectPhase(page, "bijeenkomsten", "now", "Bijeenkomst 2 op 3 maart 2027 om 13:30");

  // Bijeenkomsten: both held (moved up to today, as they took place)
  await openPhase(page, "bijeenkomsten", "Bijeenkomsten");
  for (const [n, start, end] of [
    [1, "00:00", "00:05"],
    [2, "00:05", "00:10"],
  ] as const) {
    const form = page.locator("form", { has: page.getByRole("button", { name: `Bijeenkomst ${n} bewaren` }) });
    await form.getByLabel("Datum").fill(today);
    await form.getByLabel("Begin").fill(start);
    await form.getByLabel("Einde").fill(end);
    await form.getByLabel("Stand").selectOption("HELD");
    await form.getByRole("button", { name: `Bijeenkomst ${n} bewaren` }).click();
    await expect(page.getByText(`Bijeenkomst ${n} · gehouden`, { exact: true })).toBeVisible();
  }
  await backToOverview(page);
  await expectPhase(page, "bijeenkomsten", "done", "Bijeenkomst 2 gehouden op");
  await expectPhase(page, "gedragscode", "now", "Nog niet begonnen");

  // Gedragscode: its own page, with the same phase navigation
  await openPhase(page, "gedragscode", "Gedragscode");
  await backToOverview(page);

  // closing is the next step after the sessions, on the overview
  const close = page.getByTestId("close-traject");
  await close.getByText("Het traject afronden").click();
  await close.getByRole("button", { name: "Ja, traject afronden" }).click();
  await expect(page.getByTestId("outcome")).toBeVisible();
  await expectPhase(page, "gedragscode", "done", "Afgerond zonder gedragscode");
  await expectPhase(page, "opvolging", "now", "Vervolgmoment op");
  await openPhase(page, "opvolging", "Opvolging");
  await expect(page.getByTestId("follow-up-moment")).toBeVisible();

  // closed: the exceptions by hand (never used above) are gone too
  await backToOverview(page);
  await expect(page.getByText("Uitzondering: de fase met de hand wijzigen")).toHaveCount(0);
});
