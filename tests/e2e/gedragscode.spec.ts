import { expect, test } from "@playwright/test";
import { GEDRAGSCODE, PASSWORD } from "./fixtures/data";
import { expectFocusKept, expectNoA11yViolations, login } from "./helpers";

test("HR adds an afspraak and a vervolgstap to the concept code; the expert sees them", async ({ page, browser }) => {
  await login(page, GEDRAGSCODE.hr.email, PASSWORD);
  await expect(page).toHaveURL("/werkgever");
  await page.goto(`/trajecten/${GEDRAGSCODE.id}`);
  await page.getByRole("navigation", { name: "Fases van het traject" }).getByRole("link", { name: "Gedragscode" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "EPA-gedragscode" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Concept" })).toBeVisible();
  await expectNoA11yViolations(page);

  // an afspraak links the worksheet that supports it (issue 25 item 3): the file downloads from there
  const terugval = page.getByTestId("clause").filter({ hasText: "Terugvalpreventieplan" });
  const download = page.waitForEvent("download");
  await terugval.getByRole("link", { name: "Werkblad Terugvalpreventieplan als pdf" }).click();
  expect((await download).suggestedFilename()).toBe("werkblad-Terugvalpreventieplan.pdf");

  // by keyboard: after a save, a move and a delete, focus stays where the person is (issue 23)
  const borging = page.locator("section", { has: page.getByRole("heading", { name: "Borging" }) });
  const addForm = borging.locator("details").filter({ hasText: "Afspraak toevoegen aan borging" });
  await addForm.getByText("Afspraak toevoegen aan borging").click();
  const add = async (title: string) => {
    await addForm.getByLabel("Titel").fill(title);
    await addForm.getByLabel("Afspraak").fill("Elk jaar bespreken we met ervaringsdeskundigen wat werkt.");
    await addForm.getByLabel("Eigenaar (rol, geen naam nodig)").fill("HR");
    await addForm.getByRole("button", { name: "Afspraak toevoegen" }).press("Enter");
    await expect(borging.getByRole("heading", { level: 3, name: title })).toBeVisible();
    await expectFocusKept(page);
  };
  await add("Jaarlijkse evaluatie");
  await add("Evaluatie met de OR");
  // each button says which afspraak it is for (WCAG 2.5.3: the name starts with what it shows)
  await borging.getByRole("button", { name: "Omlaag: Jaarlijkse evaluatie", exact: true }).press("Enter");
  await expect(borging.getByTestId("clause").last()).toContainText("Jaarlijkse evaluatie");
  // now last, it has no "Omlaag": focus stays on its other move button, and its new place is announced (issue 26)
  await expect(borging.getByRole("button", { name: "Omhoog: Jaarlijkse evaluatie", exact: true })).toBeFocused();
  await expect(borging.getByTestId("clause-list-status")).toHaveText('Afspraak "Jaarlijkse evaluatie" staat nu op plaats 2 van 2.');
  page.once("dialog", (d) => void d.accept());
  await borging.getByRole("button", { name: "Verwijderen: Evaluatie met de OR", exact: true }).press("Enter");
  await expect(borging.getByTestId("clause-list-status")).toContainText("is uit de code gehaald");
  await expect(borging.getByTestId("clause-list-status")).toBeFocused();
  await expect(borging.getByRole("link", { name: "Geschiedenis: Jaarlijkse evaluatie", exact: true })).toBeVisible();
  // saved into another section, the afspraak's card there takes the focus (its old card is gone)
  const card = borging.getByTestId("clause").filter({ hasText: "Jaarlijkse evaluatie" });
  await card.getByText("Wijzigen", { exact: true }).click();
  await card.getByLabel("Onderdeel").selectOption({ label: "Toegang en werving" });
  await card.getByRole("button", { name: "Bewaren", exact: true }).press("Enter");
  const toegang = page.locator("section", { has: page.getByRole("heading", { name: "Toegang en werving", exact: true }) });
  await expect(toegang.getByRole("heading", { level: 3, name: "Jaarlijkse evaluatie" })).toBeVisible();
  await expect(toegang.locator("summary", { hasText: "Wijzigen" })).toBeFocused();

  await page.getByLabel("Vervolgstap", { exact: true }).fill("Terugkommoment met het team plannen");
  await page.getByRole("button", { name: "Vervolgstap toevoegen" }).press("Enter");
  await expect(page.getByText("Terugkommoment met het team plannen")).toBeVisible();
  await expectNoA11yViolations(page, { afterSubmit: true });
  // a removed row takes its button along: focus goes to the section around it, not to <body>
  await page.getByLabel("Vervolgstap", { exact: true }).fill("Een stap die weer vervalt");
  await page.getByRole("button", { name: "Vervolgstap toevoegen" }).press("Enter");
  await page.getByRole("button", { name: "Verwijderen: Een stap die weer vervalt", exact: true }).press("Enter");
  await expect(page.getByText("Een stap die weer vervalt")).toHaveCount(0);
  await expectFocusKept(page);

  const expert = await (await browser.newContext()).newPage();
  await login(expert, GEDRAGSCODE.expert.email, PASSWORD);
  await expect(expert).toHaveURL("/expert");
  await expert.goto(`/trajecten/${GEDRAGSCODE.id}/gedragscode`);
  await expect(expert.getByText("Jaarlijkse evaluatie")).toBeVisible();
});
