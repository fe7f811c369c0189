import { expect, test } from "@playwright/test";
import { FEW_RESPONDENTS, PASSWORD } from "./fixtures/data";
import { expectNoA11yViolations, pdfText, signedIn } from "./helpers";

// Issue 20, item 7: a scan closed with 2 respondents. HR sees no figure on the page or in the report,
// only the aandachtspunten by name and that the tandem discusses the outcomes in the session.
test("below the minimum HR sees no figures; the tandem's own report is theirs alone", async ({ browser }) => {
  const hr = await signedIn(browser, FEW_RESPONDENTS.hr.email, "/werkgever", PASSWORD);
  await hr.goto(`/trajecten/${FEW_RESPONDENTS.id}/resultaten`);
  const main = hr.getByRole("main");
  await expect(main).toContainText("Te weinig mensen vulden de scan in om cijfers te tonen zonder dat iemand herkenbaar wordt");
  await expect(main).toContainText("bespreken de uitkomsten met u in de bijeenkomst");
  await expect(hr.getByRole("heading", { name: "Aandachtspunten" })).toBeVisible();
  await expect(hr.getByRole("heading", { name: "Cijfers per thema" })).toHaveCount(0);
  expect(await main.innerText()).not.toMatch(/\b\d+,\d\b/); // no grade, mean or share
  await expectNoA11yViolations(hr);

  const report = await pdfText(await hr.request.get(`/api/trajecten/${FEW_RESPONDENTS.id}/rapport`));
  expect(report).toContain("Te weinig mensen vulden de scan in");
  expect(report).not.toContain("Totaalcijfer");
  // the tandem's edition is not for the employer
  expect((await hr.request.get(`/api/trajecten/${FEW_RESPONDENTS.id}/rapport/begeleiders`)).status()).toBe(404);

  const trainer = await signedIn(browser, FEW_RESPONDENTS.trainer.email, "/trainer", PASSWORD);
  await trainer.goto(`/trajecten/${FEW_RESPONDENTS.id}/resultaten`);
  const tandem = trainer.getByRole("link", { name: "Rapport alleen voor de begeleiders (PDF)" });
  const response = await trainer.request.get((await tandem.getAttribute("href"))!);
  expect(response.headers()["content-disposition"]).toContain("-alleen-voor-begeleiders.pdf");
  expect(await pdfText(response)).toContain("Alleen voor de begeleiders");
});
