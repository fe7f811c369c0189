import { expect, test, type Browser, type Page } from "@playwright/test";
import { unzipEntry } from "../support/unzip";
import { BOARD, PASSWORD } from "./fixtures/data";
import { expectNoA11yViolations, pdfText, signedIn as signedInAs } from "./helpers";

// Session 2 live: two people on one board, a conflicting edit, the projector's read-only link,
// sign-off by three employer people (after login: the e2e server has no mail server) and the downloads.

test.describe.configure({ mode: "serial" });
const codePath = `/trajecten/${BOARD.id}/gedragscode`;

const signedIn = (browser: Browser, email: string, home: string) => signedInAs(browser, email, home, PASSWORD);

const clauseCard = (page: Page, title: string) => page.getByTestId("clause").filter({ has: page.getByText(title, { exact: true }) });

test("a change on one screen appears on the other without reload; the same afspraak edited twice shows the choice", async ({ browser }) => {
  test.slow();
  const hr = await signedIn(browser, BOARD.hr.email, "/werkgever");
  const trainer = await signedIn(browser, BOARD.trainer.email, "/trainer");
  await hr.goto(codePath);
  await trainer.goto(codePath);
  await expect(trainer.getByTestId("board-status")).toContainText("Live");
  await expect(hr.getByTestId("board-status")).toContainText("Live");

  // HR edits the principle; the trainer's page shows it without a reload
  const marker = await trainer.evaluate(() => ((window as unknown as { __noReload: number }).__noReload = Math.random()));
  const hrCard = clauseCard(hr, "Rolzuiverheid");
  await hrCard.getByText("Wijzigen").click();
  await hrCard.getByLabel("Afspraak").fill("We vragen naar de invloed op het werk en wat helpt, nooit naar de diagnose.");
  // saved by keyboard: the form closes, focus goes back to "Wijzigen" (issue 23)
  await hrCard.getByRole("button", { name: "Bewaren" }).press("Enter");
  await expect(hrCard.getByTestId("saved")).toContainText("bewaard");
  await expect(hrCard.locator("summary")).toBeFocused();
  await expect(hrCard.locator("summary")).toHaveAccessibleName("Wijzigen: Rolzuiverheid");
  await expect(clauseCard(trainer, "Rolzuiverheid")).toContainText("en wat helpt", { timeout: 5000 });
  expect(await trainer.evaluate(() => (window as unknown as { __noReload: number }).__noReload)).toBe(marker);

  // the trainer starts typing on "Leidinggevenden"; HR sees who is editing, and saves the same afspraak first
  const trainerCard = clauseCard(trainer, "Leidinggevenden");
  await trainerCard.getByText("Wijzigen").click();
  await trainerCard.getByLabel("Afspraak").fill("Leidinggevenden voeren elk kwartaal een gesprek, met de gesprekskaart.");
  const hrOther = clauseCard(hr, "Leidinggevenden");
  await expect(hrOther.getByTestId("presence")).toContainText(BOARD.trainer.name);
  await hrOther.getByText("Wijzigen").click();
  await hrOther.getByLabel("Afspraak").fill("Leidinggevenden voeren elke maand een kort gesprek over werkplezier.");
  await hrOther.getByRole("button", { name: "Bewaren" }).click();
  await expect(hrOther.getByTestId("saved")).toContainText("bewaard");

  // the trainer's text is untouched; they see both and keep their own
  const conflict = trainerCard.getByTestId("conflict");
  await expect(conflict).toContainText(`Gewijzigd door ${BOARD.hr.name}`);
  await expect(conflict.getByTestId("theirs")).toContainText("elke maand");
  await expect(conflict.getByTestId("mine")).toContainText("met de gesprekskaart");
  await expect(trainerCard.getByLabel("Afspraak")).toHaveValue("Leidinggevenden voeren elk kwartaal een gesprek, met de gesprekskaart.");
  await expectNoA11yViolations(trainer);
  await conflict.getByRole("button", { name: "Mijn tekst bewaren" }).click();
  await expect(clauseCard(hr, "Leidinggevenden")).toContainText("met de gesprekskaart", { timeout: 5000 });
  // HR is told on their own screen (only they are), and puts their text back in one click (issue 26)
  const told = hr.getByTestId("overwritten");
  await expect(told).toContainText(`is vervangen door die van ${BOARD.trainer.name}`, { timeout: 5000 });
  await expect(trainer.getByTestId("overwritten")).toHaveCount(0);
  await told.getByRole("button", { name: "Mijn tekst terugzetten" }).click();
  await expect(told).toContainText("Uw tekst staat er weer.");
  await expect(clauseCard(trainer, "Leidinggevenden")).toContainText("elke maand", { timeout: 5000 });

  // the history shows who changed what, word by word
  await trainer.goto(`${codePath}/geschiedenis`);
  await expect(trainer.getByTestId("history")).toContainText(BOARD.hr.name);
  await trainer.getByRole("link", { name: "Leidinggevenden" }).first().click();
  await expect(trainer.getByTestId("diff")).toBeVisible();
  // every afspraak's history page has a title of its own
  await expect(trainer).toHaveTitle(`${BOARD.employer} · Versies van “Leidinggevenden” · Weerbare Werkgever`);
  await expectNoA11yViolations(trainer);
});

test("the projector link shows the board read-only and live, without a login", async ({ browser }) => {
  const trainer = await signedIn(browser, BOARD.trainer.email, "/trainer");
  await trainer.goto(`/trajecten/${BOARD.id}/bord`);
  await trainer.getByRole("button", { name: "Bordlink maken" }).click();
  const message = await trainer.getByRole("status").filter({ hasText: "/bord/" }).textContent();
  const url = message!.match(/https?:\/\/\S+\/bord\/[A-Za-z0-9_-]+/)![0];
  const projector = await (await browser.newContext()).newPage();
  await projector.goto(new URL(url).pathname);
  await expect(projector.getByRole("heading", { level: 1 })).toContainText(BOARD.employer);
  // the afspraken are headings under their aandachtspunt, as on the board itself
  await expect(projector.getByRole("heading", { level: 3, name: "Rolzuiverheid" })).toBeVisible();
  await expect(projector.getByText("Wijzigen")).toHaveCount(0);
  await expect(projector.getByTestId("board-status")).toContainText("Live");
  await expectNoA11yViolations(projector);

  // the scan's proposals are on the board: one adopted and moved up by keyboard, one left out (issue 26)
  const principles = trainer.locator("section", { has: trainer.getByRole("heading", { level: 2, name: "Uitgangspunten" }) });
  await principles.getByRole("button", { name: "Opnemen: Geen medische vragen", exact: true }).press("Enter");
  await expect(projector.getByRole("heading", { level: 3, name: "Geen medische vragen" })).toBeVisible({ timeout: 5000 });
  await principles.getByRole("button", { name: "Omhoog: Geen medische vragen", exact: true }).press("Enter");
  await expect(principles.getByRole("button", { name: "Omlaag: Geen medische vragen", exact: true })).toBeFocused();
  await expect(principles.getByTestId("clause-list-status")).toHaveText('Afspraak "Geen medische vragen" staat nu op plaats 1 van 2.');
  await principles.getByRole("button", { name: "Niet opnemen: De medewerker bepaalt wat wordt gedeeld", exact: true }).click();
  await expect(trainer.getByText("Weggelaten voorstellen (1)")).toBeVisible();
  await expectNoA11yViolations(trainer);

  // a new afspraak on the board appears on the projector
  await trainer.getByLabel("Vervolgstap", { exact: true }).fill("Evaluatie met het team in juni");
  await trainer.getByRole("button", { name: "Vervolgstap toevoegen" }).click();
  await expect(projector.getByText("Evaluatie met het team in juni")).toBeVisible({ timeout: 5000 });
  // revoked: the link no longer works
  await trainer.getByRole("button", { name: "Bordlinks intrekken" }).click();
  await expect(trainer.getByRole("status").filter({ hasText: "ingetrokken" })).toBeVisible();
  const gone = await projector.request.get(new URL(url).pathname);
  expect(gone.status()).toBe(404);
});

test("the directie confirms the signers; directie, HR and the OR sign with their accounts; then the code is vastgesteld; PDF and Word open", async ({
  browser,
}) => {
  test.slow();
  const trainer = await signedIn(browser, BOARD.trainer.email, "/trainer");
  await trainer.goto(codePath);
  const signoff = trainer.getByTestId("signoff");
  await expect(signoff).toContainText(BOARD.signers!.or.name);
  let directiePage: Awaited<ReturnType<typeof signedIn>> | undefined;
  // the list is the tandem's proposal until the directie confirms it; the trainer cannot sign, and
  // without a mail server nobody is offered a signing link (integration tests cover links with SMTP)
  await expect(signoff.getByTestId("signer-list")).toContainText("wacht op bevestiging door de directie");
  await expect(signoff.getByRole("button", { name: /Ondertekenlink/ })).toHaveCount(0);
  await expect(signoff.getByRole("button", { name: "Ondertekenen" })).toHaveCount(0);

  await expect(signoff.getByTestId("ready-waits")).toBeVisible(); // "Klaar om te tekenen" waits for the directie
  for (const person of [BOARD.signers!.directie, BOARD.hr, BOARD.signers!.or]) {
    const page = await signedIn(browser, person.email, "/werkgever");
    if (person === BOARD.signers!.directie) {
      await page.goto(codePath);
      await page.getByTestId("signoff").getByRole("button", { name: "Lijst bevestigen" }).click();
      // the form goes once the list is in effect; the panel keeps saying who confirmed it
      await expect(page.getByTestId("list-confirmed")).toContainText(`Bevestigd door de directie (${person.name})`);
      // the tandem says the text is ready: everyone on the list is asked (issue 24)
      await trainer.reload();
      await trainer.getByTestId("signoff").getByRole("button", { name: "Klaar om te tekenen" }).click();
      // the form makes way for what happened: who was asked and has not signed yet
      await expect(trainer.getByTestId("signing-requested")).toContainText("Klaar om te tekenen sinds");
      await expect(trainer.getByTestId("signing-requested")).toContainText(BOARD.hr.name);
      await page.reload();
    } else {
      // asked: their home page leads to the code in one click
      await page.getByTestId("tasks").getByRole("link", { name: "Teken de gedragscode" }).click();
      await expect(page).toHaveURL(`${codePath}#ondertekening`);
    }
    await page.getByTestId("signoff").getByRole("button", { name: "Ondertekenen" }).click();
    // signed, not the form again (the last signature adopts the code: the page says "Vastgesteld" then)
    if (person !== BOARD.signers!.or) await expect(page.getByTestId("my-signature")).toContainText("U heeft deze tekst getekend op");
    // the form is gone and their own line says they signed
    await expect(page.getByTestId("signoff").getByRole("listitem").filter({ hasText: person.name })).toContainText("Getekend op");
    if (person === BOARD.signers!.directie) {
      // before anyone edits: whoever may edit is told that an edit voids the directie's signature (issue 24)
      await trainer.reload();
      await expect(trainer.getByTestId("edit-voids")).toContainText(`${person.name} heeft deze tekst al getekend`);
      directiePage = page;
    }
  }

  await trainer.goto(codePath);
  await expect(trainer.getByRole("heading", { name: /^Vastgesteld op/ })).toBeVisible();
  // every signer and the tandem get the adopted code as a PDF; without a mail server the trainer finds
  // it in the outbox, with the file to hand over
  await trainer.goto("/mail");
  const adopted = trainer
    .getByTestId("outbox")
    .getByRole("listitem")
    .filter({ hasText: `Aan ${BOARD.signers!.or.email}` })
    .filter({ has: trainer.getByText("Vastgesteld: de EPA-gedragscode") });
  await adopted.locator("summary").click();
  const file = adopted.getByTestId("mail-attachments").getByRole("link");
  await expect(file).toHaveText(/^gedragscode-.*\.pdf$/);
  const attachment = await trainer.request.get((await file.getAttribute("href"))!);
  expect(attachment.headers()["content-type"]).toBe("application/pdf");
  expect(await pdfText(attachment)).toContain(BOARD.signers!.or.name);
  await expectNoA11yViolations(trainer);
  // reopening asks the directie to confirm, naming who must sign again
  await directiePage!.reload();
  await expect(directiePage!.getByText("Ik weet dat daarna opnieuw moet tekenen:")).toContainText(BOARD.signers!.or.name);

  const text = await pdfText(await trainer.request.get(`/api/trajecten/${BOARD.id}/gedragscode.pdf`));
  expect(text).toContain("Rolzuiverheid");
  expect(text).toContain("Ondertekening");
  expect(text).toContain(BOARD.signers!.or.name);
  const docx = await trainer.request.get(`/api/trajecten/${BOARD.id}/gedragscode.docx`);
  expect(docx.status()).toBe(200);
  const xml = unzipEntry(await docx.body(), "word/document.xml");
  expect(xml).toContain("Rolzuiverheid");
  expect(xml).toContain("elke maand"); // HR's text, put back after the trainer kept theirs
});
