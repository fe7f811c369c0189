import { expect, test } from "@playwright/test";
import { PASSWORD, PLANNING } from "./fixtures/data";
import { DEMO_PASSWORD, expectNoA11yViolations, login } from "./helpers";
import { dutchDay, isoDay } from "@/lib/dates";

// held "on the day": a session can be marked held once it has started (Europe/Amsterdam)
const today = isoDay(new Date());

test("a traject's logistics from request to payment: plan both sessions, the expert accepts, prepares, looks back and is paid", async ({
  page,
  browser,
}) => {
  test.slow(); // one traject from intake to the finance export, as three people
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
  // the sessions are planned on their phase page (docs/decisions/023)
  await page.goto(`${trajectUrl}/bijeenkomsten`);

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
  // the overview has the date among the facts of the phase; the expert is asked on Planning
  await page.goto(trajectUrl);
  await expect(page.getByTestId("phase-bijeenkomsten")).toContainText("Bijeenkomst 1 op 3 februari 2027 om 13:30");
  await expect(page.getByTestId("phase-planning")).toContainText("Nog geen ervaringsdeskundige gevraagd");
  await page.getByTestId("phase-planning").getByRole("link", { name: "Planning" }).click();

  const expertOption = page.getByTestId("expert-options").locator("li", { hasText: PLANNING.expert.name });
  await expertOption.getByRole("button", { name: "Vragen" }).click();
  await expect(expertOption).toContainText("gevraagd, nog geen antwoord");
  await expectNoA11yViolations(page);
  // the phase follows from facts (the first invitation opens the scan); by hand only the exceptions, on the overview
  await page.getByRole("navigation", { name: "Fases van het traject" }).getByRole("link", { name: "Overzicht" }).click();
  await page.getByText("Uitzondering: de fase met de hand wijzigen").click();
  await expect(page.getByLabel("Traject stoppen")).toBeVisible();
  await expect(page.getByLabel("Scan afgerond")).toHaveCount(0);
  await expectNoA11yViolations(page);

  const expert = await (await browser.newContext()).newPage();
  await login(expert, PLANNING.expert.email, PASSWORD);
  await expect(expert).toHaveURL("/expert");
  // the expert is asked, not assigned: the request shows the dates against their availability
  await expert
    .getByTestId("tasks")
    .locator("li", { hasText: PLANNING.newEmployer })
    .getByRole("link", { name: "Beantwoord het verzoek om mee te doen" })
    .click();
  await expect(expert.getByRole("heading", { level: 1 })).toHaveText(`Verzoek: ${PLANNING.newEmployer}`);
  await expect(expert.getByTestId("request-sessions")).toContainText("Bijeenkomst 1: 3 februari 2027 om 13:30 tot 16:30");
  await expectNoA11yViolations(expert);
  await expert.getByRole("button", { name: "Ja, ik doe mee" }).click();
  await expect(expert.getByRole("heading", { level: 1 })).toHaveText(PLANNING.newEmployer);
  // the expert's own step back is with the tandem, on Planning; the preparation on Bijeenkomsten
  const expertPhases = expert.getByRole("navigation", { name: "Fases van het traject" });
  await expertPhases.getByRole("link", { name: "Planning" }).click();
  await expect(expert.getByRole("heading", { name: "Terugtrekken" })).toBeVisible();
  await expertPhases.getByRole("link", { name: "Bijeenkomsten" }).click();
  await page.goto(`${trajectUrl}/planning`);
  await expect(page.getByTestId("expert-options").locator("li", { hasText: PLANNING.expert.name })).toContainText("doet mee");

  // session 2 with the key person: she and the expert (now on board) get the invitation
  // (session 1's agenda mentions session 2: find the form by its button)
  await page.goto(`${trajectUrl}/bijeenkomsten`);
  const session2 = page.locator("form", { has: page.getByRole("button", { name: "Bijeenkomst 2 bewaren" }) });
  await session2.getByLabel("Datum").fill("2027-03-03");
  await session2.getByLabel("Begin").fill("13:30");
  await session2.getByLabel("Einde").fill("16:30");
  await session2.getByLabel("Adres (op locatie)").fill("Kantine bezoekerscentrum");
  await session2.getByLabel("Hanna Hoofd (Directie)").check();
  await session2.getByRole("button", { name: "Bijeenkomst 2 bewaren" }).click();
  await expect(session2.getByText("De bijeenkomst is bewaard. Agenda-uitnodiging verstuurd aan 2.")).toBeVisible();
  // the employer's questions for the expert, from the intake
  await page.goto(`${trajectUrl}/planning`);
  await page.getByLabel("Vragen van de werkgever aan de ervaringsdeskundige").fill("Hoe vertelde u het op uw werk?");
  await page.getByRole("button", { name: "Gegevens bewaren" }).click();
  await expect(page.getByText("De gegevens zijn bewaard.")).toBeVisible();

  // the expert prepares session 1 with the card, on the page and as PDF
  await expert.getByRole("link", { name: /^Bijeenkomst 1/ }).click();
  await expect(expert.getByRole("heading", { level: 1 })).toHaveText("Voorbereiding bijeenkomst 1");
  await expect(expert.getByTestId("preparation-attendees")).toContainText("Hanna Hoofd (Directie)");
  await expect(expert.getByTestId("expert-questions")).toContainText("Hoe vertelde u het op uw werk?");
  await expect(expert.getByTestId("guidelines-niet")).toContainText("Geen vragen naar diagnoses");
  await expectNoA11yViolations(expert);
  const card = await expert.request.get((await expert.getByTestId("preparation-pdf").getAttribute("href"))!);
  expect(card.headers()["content-type"]).toBe("application/pdf");

  // session 1 was moved up to today and is held: saved as held on the day, it touches no calendar
  await page.goto(`${trajectUrl}/bijeenkomsten`);
  await session1.getByLabel("Datum").fill(today);
  await session1.getByLabel("Begin").fill("00:00");
  await session1.getByLabel("Stand").selectOption("HELD");
  await session1.getByRole("button", { name: "Bijeenkomst 1 bewaren" }).click();
  await expect(page.getByText("Bijeenkomst 1 · gehouden", { exact: true })).toBeVisible();
  await page.goto("/mail");
  await expect(page.getByTestId("outbox").locator("li", { hasText: "Uitnodiging: Bijeenkomst 1" }).first()).toBeVisible();
  await expect(page.getByTestId("outbox").locator("li", { hasText: "Vervallen:" })).toHaveCount(0);
  await page.goto(`${trajectUrl}/bijeenkomsten`);
  const presence = page.locator("form", { has: page.getByRole("button", { name: "Aanwezigheid bewaren" }) });
  await presence.getByLabel("Hanna Hoofd (Directie)").check();
  await presence.getByRole("button", { name: "Aanwezigheid bewaren" }).click();
  await expect(presence.getByText("De aanwezigheid is bewaard.")).toBeVisible();
  const trainerDebrief = page.locator("#terugblik");
  await trainerDebrief.getByLabel("Wat ging goed?").fill("Open gesprek over de scan");
  await trainerDebrief.getByRole("button", { name: "Terugblik bewaren" }).click();
  await expect(trainerDebrief.getByText("Uw terugblik is bewaard.")).toBeVisible();

  // the expert looks back (the energy check is theirs alone) and claims time and travel
  await expert.goBack();
  await expert.reload();
  const expertDebrief = expert.locator("#terugblik");
  await expertDebrief.getByLabel("Wat was lastig?").fill("Veel herkenning, dat kostte energie");
  await expertDebrief.getByLabel("4", { exact: true }).check();
  await expertDebrief.getByRole("button", { name: "Terugblik bewaren" }).click();
  await expect(expertDebrief.getByText("Uw terugblik is bewaard.")).toBeVisible();
  await expertDebrief.getByRole("link", { name: "Vergoedingen" }).click();
  await expect(expert.getByRole("heading", { level: 1 })).toHaveText("Mijn vergoedingen");
  const claim = expert.locator("li", { hasText: `${PLANNING.newEmployer}, bijeenkomst 1` });
  await claim.getByLabel("Voorbereiding (uren)").fill("-1");
  await claim.getByLabel("Bijeenkomst (uren)").fill("3");
  await claim.getByRole("button", { name: "Indienen" }).click();
  await expect(claim.getByText("Voorbereiding: vul 0 of meer uren in.")).toBeVisible();
  await claim.getByLabel("Voorbereiding (uren)").fill("1,5");
  await claim.getByLabel("Reistijd (uren)").fill("1");
  await claim.getByLabel("Auto", { exact: true }).check();
  await claim.getByLabel(/^Kilometers/).fill("42");
  await claim.getByRole("button", { name: "Indienen" }).click();
  await expect(claim.getByText(/Uw declaratie is ingediend/)).toBeVisible();
  await expect(claim.getByText("Ingediend", { exact: true })).toBeVisible();
  await expectNoA11yViolations(expert);

  // the admin approves it and exports the month for finance
  const admin = await (await browser.newContext()).newPage();
  await login(admin, "beheer@weerbarewerkgever.nl", DEMO_PASSWORD);
  await expect(admin).toHaveURL("/beheer");
  await admin.goto(`/beheer/vergoedingen?van=${today}&tot=${today}`);
  const row = admin.getByTestId("claims").locator("li", { hasText: PLANNING.expert.name });
  await expect(row).toContainText(PLANNING.newEmployer);
  await expectNoA11yViolations(admin);
  await row.getByRole("button", { name: "Goedkeuren" }).click();
  await expect(row.getByText("Goedgekeurd", { exact: true })).toBeVisible();
  const csv = await admin.request.get((await admin.getByTestId("csv-export").getAttribute("href"))!);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  // between the employer and the session number: the traject's werkvloer or start (issue 23, item 4)
  expect(text.split("\r\n")[1]).toContain(`${PLANNING.expert.name};${PLANNING.expert.email};${PLANNING.newEmployer};`);
  expect(text.split("\r\n")[1]).toContain(`;1;${dutchDay(today)};1,5;3;1;5,5`);
  const xlsx = await admin.request.get((await admin.getByTestId("xlsx-export").getAttribute("href"))!);
  expect(xlsx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
});
