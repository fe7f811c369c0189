import { expect, test } from "@playwright/test";
import { PASSWORD, PLANNING } from "./fixtures/data";
import { expectNoA11yViolations, login } from "./helpers";

test("a trainer starts a traject, plans session 1 and picks an experience expert, who then sees it", async ({ page, browser }) => {
  await login(page, PLANNING.trainer.email, PASSWORD);
  await expect(page).toHaveURL("/trainer");
  await page.getByRole("link", { name: "Nieuw traject" }).click();
  await expectNoA11yViolations(page);
  await page.getByLabel("Werkvloer of locatie").fill("Bezoekerscentrum");
  await page.getByRole("button", { name: "Traject starten" }).click(); // no employer chosen or named
  await expect(page.getByText("Kies een werkgever of vul de naam van een nieuwe werkgever in.")).toBeVisible();
  await expect(page).toHaveURL("/trajecten/nieuw");
  await page.getByLabel("Naam nieuwe werkgever").fill(PLANNING.newEmployer);
  await page.getByLabel("Sector", { exact: true }).fill("Recreatie");
  await page.getByLabel("Werkvloer of locatie").fill("Bezoekerscentrum");
  await page.getByLabel("Waarom doet de organisatie mee?").fill("We willen een plek zijn waar iedereen kan werken.");
  await page.getByRole("button", { name: "Traject starten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: PLANNING.newEmployer })).toBeVisible();
  await expect(page.getByText("Intake").first()).toBeVisible();

  // a key person at the new employer, to invite
  const trajectUrl = page.url();
  await page.getByRole("link", { name: PLANNING.newEmployer }).click();
  const addForm = page.locator("form", { has: page.getByRole("button", { name: "Toevoegen", exact: true }) });
  await addForm.getByLabel("Naam").fill("Hanna Hoofd");
  await addForm.getByLabel("E-mailadres").fill("hanna@voorbeeld.nl");
  await addForm.getByLabel("Functie").selectOption("DIRECTIE");
  await addForm.getByRole("button", { name: "Toevoegen", exact: true }).click();
  await expect(page.getByTestId("key-person-hanna@voorbeeld.nl")).toBeVisible();
  await page.goto(trajectUrl);

  const session1 = page.locator("form", { hasText: "Bijeenkomst 1" }).first();
  await session1.getByLabel("Datum").fill("2027-02-03");
  await session1.getByLabel("Begin").fill("13:30");
  await session1.getByLabel("Einde").fill("12:00");
  await session1.getByLabel("Adres (op locatie)").fill("Kantine bezoekerscentrum");
  await session1.getByLabel("Hanna Hoofd (Directie)").check();
  await session1.getByRole("button", { name: "Bijeenkomst 1 bewaren" }).click();
  await expect(session1.getByText("De bijeenkomst eindigt voordat ze begint. Kies een latere eindtijd.")).toBeVisible();
  // what was typed is still there: only the end time needs correcting
  await expect(session1.getByLabel("Adres (op locatie)")).toHaveValue("Kantine bezoekerscentrum");
  await session1.getByLabel("Einde").fill("16:30");
  await session1.getByRole("button", { name: "Bijeenkomst 1 bewaren" }).click();
  await expect(session1.getByText("De bijeenkomst is bewaard. Agenda-uitnodiging verstuurd aan 1.")).toBeVisible();
  await expect(page.getByText("3 februari 2027 om 13:30")).toBeVisible();
  await expect(session1.getByText("In de agenda van: Hanna Hoofd")).toBeVisible();
  const ics = await page.request.get(
    await session1
      .getByRole("link", { name: "Agenda-bestand (.ics)" })
      .getAttribute("href")
      .then((h) => h!),
  );
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(await ics.text()).toContain("DTSTART:20270203T123000Z");

  // the invitation in the outbox carries its calendar part
  await page.goto("/mail");
  const mail = page.getByTestId("outbox").locator("li", { hasText: "Uitnodiging: Bijeenkomst 1" });
  await mail.locator("summary").first().click();
  await mail.getByText(/Agenda-deel \(uitnodiging/).click();
  await expect(mail.getByTestId("mail-calendar")).toContainText("METHOD:REQUEST");
  await page.goto(trajectUrl);

  const expertOption = page.getByTestId("expert-options").locator("li", { hasText: PLANNING.expert.name });
  await expertOption.getByRole("button", { name: "Vragen" }).click();
  await expect(expertOption).toContainText("gevraagd, nog geen antwoord");
  await page.getByLabel(/Van .Intake. naar/).selectOption("SCAN_OPEN");
  await page.getByRole("button", { name: "Fase wijzigen" }).click();
  await expect(page.getByText("De fase is bijgewerkt.")).toBeVisible();
  await expectNoA11yViolations(page);

  const expert = await (await browser.newContext()).newPage();
  await login(expert, PLANNING.expert.email, PASSWORD);
  await expect(expert).toHaveURL("/expert");
  // the expert is asked, not assigned: the request shows the dates against their availability
  await expert.getByTestId("requests").getByRole("link", { name: PLANNING.newEmployer }).click();
  await expect(expert.getByRole("heading", { level: 1 })).toHaveText(`Verzoek: ${PLANNING.newEmployer}`);
  await expect(expert.getByTestId("request-sessions")).toContainText("Bijeenkomst 1: 3 februari 2027 om 13:30 tot 16:30");
  await expectNoA11yViolations(expert);
  await expert.getByRole("button", { name: "Ja, ik doe mee" }).click();
  await expect(expert.getByRole("heading", { level: 1 })).toHaveText(PLANNING.newEmployer);
  await expect(expert.getByRole("heading", { name: "Terugtrekken" })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("expert-options").locator("li", { hasText: PLANNING.expert.name })).toContainText("doet mee");
});
