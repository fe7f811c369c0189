import { expect, test } from "@playwright/test";
import { CRLF_CODE, PASSWORD } from "./fixtures/data";
import { pdfText, signedIn } from "./helpers";

// Issue 20, item 9: a textarea sends its line breaks as CRLF; the code PDF prints them as line breaks,
// without a missing-glyph box at the end of each line.
test("a clause typed on two lines prints as two lines in the code PDF", async ({ browser }) => {
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
});
