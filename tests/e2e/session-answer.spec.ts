import { expect, test } from "@playwright/test";
import { PASSWORD, RSVP } from "./fixtures/data";
import { expectNoA11yViolations, expectNoSidewaysScroll, failOnConsoleErrors, login, signedIn } from "./helpers";
import { isoDay } from "@/lib/dates";

// Meetings people can answer (ADR 021): the trainer invites HR to session 1; without a mail server the
// trainer (the organiser) reads the invitation's personal answer link in the outbox and hands it over.
// HR answers on a phone without logging in, changes their mind, and the trainer sees it on the card;
// the expert sees it beside the preparation card.
const inTenDays = isoDay(new Date(Date.now() + 10 * 86_400_000));

test("an invitee answers from the mail's link on a phone, changes their mind; the trainer sees it on the session card", async ({
  page,
  browser,
}) => {
  test.slow(); // two people, two widths, four accessibility checks
  await login(page, RSVP.trainer.email, PASSWORD);
  await page.goto(`/trajecten/${RSVP.id}/bijeenkomsten`);
  const session1 = page.locator("form", { hasText: "Bijeenkomst 1" }).first();
  await session1.getByLabel("Datum").fill(inTenDays);
  await session1.getByLabel("Begin").fill("10:00");
  await session1.getByLabel("Einde").fill("12:00");
  await session1.getByLabel("Adres (op locatie)").fill("Leeszaal, Stationsplein 2");
  await session1.getByLabel(`${RSVP.hr.name} (HR)`).check();
  await session1.getByRole("button", { name: "Bijeenkomst 1 bewaren" }).click();
  await expect(session1.getByText(/De bijeenkomst is bewaard\. Agenda-uitnodiging verstuurd aan 2\./)).toBeVisible();
  await expect(page.getByTestId("answers-1")).toContainText(`${RSVP.hr.name}: Nog geen antwoord`);

  // the outbox: the invitation to HR, its answer links shown to the trainer (no mail server here)
  await page.goto("/mail");
  const mail = page
    .getByTestId("outbox")
    .locator("li")
    .filter({ hasText: `Aan ${RSVP.hr.email}` })
    .first();
  await mail.locator("summary").first().click();
  await expect(mail.getByTestId("link-warning")).toBeVisible();
  const body = (await mail.getByTestId("mail-body").textContent()) ?? "";
  const declineLink = body.match(/Ik kan niet: https?:\/\/[^/\s]+(\/bijeenkomst\/[A-Za-z0-9_-]{43}\?antwoord=nee)/)?.[1];
  expect(declineLink).toBeTruthy();

  // HR, not logged in, on a phone
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  const noConsoleErrors = failOnConsoleErrors(phone);
  await phone.goto(declineLink!);
  await expect(phone.getByRole("heading", { level: 1 })).toContainText(`Bijeenkomst 1 bij ${RSVP.employer}`);
  await expect(phone.getByText("Leeszaal, Stationsplein 2")).toBeVisible();
  // opening the link stored nothing: the mail's choice is the first button, still to press
  await expect(phone.getByRole("heading", { name: `Beste ${RSVP.hr.name}, komt u?` })).toBeVisible();
  await expectNoA11yViolations(phone);
  await expectNoSidewaysScroll(phone);
  await phone.getByRole("button", { name: "Ik kan niet" }).click();
  await expect(phone.getByRole("status")).toContainText("Dank u wel, uw antwoord is bewaard: Ik kan niet.");
  await expectNoA11yViolations(phone);
  // a change of mind, with the same link
  await phone.getByRole("button", { name: "Toch: ik kom" }).click();
  await expect(phone.getByRole("status")).toContainText("uw antwoord is bewaard: Ik kom.");
  noConsoleErrors();
  // a link that is no link: the plain page (a 404, which the browser logs, so after the console check)
  await phone.goto("/bijeenkomst/dit-is-geen-link");
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Deze link werkt niet (meer)");
  await expectNoA11yViolations(phone);

  // the trainer, at desktop width, sees the answer on the card
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/trajecten/${RSVP.id}/bijeenkomsten`);
  await expect(page.getByTestId("answers-1")).toContainText(`${RSVP.hr.name}: Komt`);
  await expect(page.getByTestId("answers-1")).toContainText(`${RSVP.expert.name}: Nog geen antwoord`);
  await expectNoA11yViolations(page);

  // the expert, who has no session cards, reads the same answers beside the preparation card
  const expert = await signedIn(browser, RSVP.expert.email, "/expert", PASSWORD);
  await expert.goto(`/trajecten/${RSVP.id}/bijeenkomsten`);
  await expect(expert.getByRole("heading", { name: "Plannen en bijhouden" })).toHaveCount(0);
  await expect(expert.getByTestId("answers-1")).toContainText(`${RSVP.hr.name}: Komt`);
});
