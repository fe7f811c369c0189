import { expect, test } from "@playwright/test";
import { CRLF_CODE, PASSWORD } from "./fixtures/data";
import { expectNoA11yViolations, pdfText, signedIn } from "./helpers";

// Issue 20, item 9: a textarea sends its line breaks as CRLF; the code PDF prints them as line breaks,
// without a missing-glyph box at the end of each line.
test("a clause typed on two lines prints as two lines in the code PDF; one naming a key person beside a diagnosis asks first", async ({
  browser,
}) => {
  const hr = await signedIn(browser, CRLF_CODE.hr.email, "/werkgever", PASSWORD);
  await hr.goto(`/trajecten/${CRLF_CODE.id}/gedragscode`);
  const borging = hr.locator("section", { has: hr.getByRole("heading", { name: "Borging" }) });
  await borging.getByText("Afspraak toevoegen aan borging").click();
  await borging.getByLabel("Titel").fill("Twee regels");
  await borging.getByLabel("Afspraak").fill("Eerste regel van de afspraak\nTweede regel van de afspraak");
  await borging.getByRole("button", { name: "Afspraak toevoegen" }).click();
  await expect(borging.getByText("Twee regels")).toBeVisible();

  const text = await pdfText(await hr.request.get(`/api/trajecten/${CRLF_CODE.id}/gedragscode.pdf`));
  expect(text).toMatch(/Eerste regel van de afspraak\s*\n\s*Tweede regel van de afspraak/);
  expect(text).not.toMatch(/[\r\u0000\ufffd]/);

  // Issue 25 (in the same test: one login less): the health-data check asks when a clause names someone
  // of the traject beside a diagnosis, and not for conditions in general. "Aanpassen" returns to the text.
  const section = hr.locator("section", { has: hr.getByRole("heading", { name: "Voorzieningen en instrumenten" }) });
  await section.locator("summary", { hasText: "Afspraak toevoegen" }).click();
  await expect(section.getByTestId("health-reminder")).toBeVisible();
  await section.getByLabel("Titel").fill("Rustige werkplek");
  await section.getByLabel("Afspraak").fill("Femke krijgt door haar depressie een rustige werkplek.");
  await section.getByRole("button", { name: "Afspraak toevoegen" }).click();
  const question = section.getByTestId("health-check");
  await expect(question).toBeFocused();
  await expect(question).toContainText("Staat hier gezondheidsinformatie over iemand? Die hoort hier niet.");
  await expectNoA11yViolations(hr, { afterSubmit: true });
  await expect(section.getByRole("heading", { level: 3, name: "Rustige werkplek" })).toHaveCount(0);

  await question.getByRole("button", { name: "Aanpassen" }).click();
  await expect(section.getByLabel("Afspraak")).toBeFocused();
  await section.getByLabel("Afspraak").fill("Medewerkers met een psychische aandoening kunnen een rustige werkplek krijgen.");
  await section.getByRole("button", { name: "Afspraak toevoegen" }).click();
  await expect(section.getByRole("heading", { level: 3, name: "Rustige werkplek" })).toBeVisible();
  await expect(section.getByTestId("health-check")).toHaveCount(0);
});
