import { expect, test, type Browser, type Page } from "@playwright/test";
import { HACKATHON, PASSWORD } from "./fixtures/data";
import { expectNoA11yViolations, expectNoSidewaysScroll, signedIn } from "./helpers";

// Session 2 as a hackathon (issue 26): the trainer opens the room; three phones join without an account
// (one without JavaScript), add cards under the aandachtspunten and vote; the trainer groups cards into
// an afspraak and sees the totals, never who voted what.

const boardPath = `/trajecten/${HACKATHON.id}/bord`;
const PHONE = { width: 360, height: 740 };

async function phone(browser: Browser, opts: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  return (await browser.newContext({ viewport: PHONE, ...opts })).newPage();
}

test("phones join with the code, add cards and vote; the trainer groups cards into an afspraak and sees only totals", async ({
  browser,
}) => {
  test.slow();
  const trainer = await signedIn(browser, HACKATHON.trainer.email, "/trainer", PASSWORD);
  await trainer.goto(boardPath);
  const panel = trainer.getByTestId("room-panel");
  await panel.getByRole("button", { name: "Deelname openen" }).click();
  const code = (await panel.getByTestId("join-code").textContent())!.replace(/\s/g, "");
  expect(code).toMatch(/^[A-Z0-9]{6}$/);

  // the projector: a board link that shows the code and its QR code until the facilitator moves on
  await trainer.getByRole("button", { name: "Bordlink maken" }).click();
  const message = await trainer.getByRole("status").filter({ hasText: "/bord/" }).textContent();
  const projector = await (await browser.newContext()).newPage();
  await projector.goto(new URL(message!.match(/https?:\/\/\S+\/bord\/[A-Za-z0-9_-]+/)![0]).pathname);
  await expect(projector.getByTestId("projector-view")).toHaveAttribute("data-view", /^JOIN/);
  expect((await projector.getByTestId("join-code").textContent())!.replace(/\s/g, "")).toBe(code);
  await expectNoA11yViolations(projector);

  // Fleur types the code in lower case with a space, picks herself from the list and may be named
  const fleur = await phone(browser);
  await fleur.goto("/doe-mee");
  await fleur.getByLabel("Code van het scherm").fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
  await fleur.getByRole("button", { name: "Meedoen" }).click();
  await expect(fleur).toHaveURL(`/doe-mee/${code}`);
  await fleur.getByLabel(/Staat u op de lijst/).selectOption({ label: HACKATHON.hr.name });
  await expect(fleur.getByLabel("Uw naam in deze sessie")).toHaveValue(HACKATHON.hr.name);
  await fleur.getByLabel(/Toon mijn naam/).check();
  await fleur.getByRole("button", { name: "Meedoen" }).click();
  await expect(fleur.getByText(`U doet mee als ${HACKATHON.hr.name}`)).toBeVisible();
  await expectNoA11yViolations(fleur);
  await expectNoSidewaysScroll(fleur);

  // a second phone joins through the QR code's address, anonymous, and adds a card
  const anon = await phone(browser);
  await anon.goto(`/doe-mee/${code}`);
  await anon.getByLabel("Uw naam in deze sessie").fill("Jip");
  await anon.getByRole("button", { name: "Meedoen" }).click();
  const theme = await anon.getByLabel("Bij welk aandachtspunt?").locator("option").first().textContent();
  await expect(anon.getByTestId("health-reminder")).toBeVisible();
  await anon.getByLabel("Uw idee of ervaring").fill("Een vaste buddy in de eerste weken");
  await anon.getByRole("button", { name: "Kaart toevoegen" }).click();
  await expect(anon.getByTestId("my-cards")).toContainText("Een vaste buddy");

  // a phone without JavaScript: the same steps as plain forms
  const plain = await phone(browser, { javaScriptEnabled: false });
  await plain.goto(`/doe-mee?code=${code}`);
  await plain.getByLabel("Uw naam in deze sessie").fill("Sam");
  await plain.getByRole("button", { name: "Meedoen" }).click();
  await expect(plain.getByText("U doet mee als Sam")).toBeVisible();
  await plain.getByLabel("Uw idee of ervaring").fill("Inwerken met een vast programma");
  await plain.getByRole("button", { name: "Kaart toevoegen" }).click();
  await plain.goto(`/doe-mee/${code}`);
  await expect(plain.getByTestId("my-cards")).toContainText("Inwerken met een vast programma");

  // Fleur names a colleague with a diagnosis: the health-data question comes before anything is stored
  await fleur.getByLabel("Uw idee of ervaring").fill("Petra heeft een depressie, zij wil halve dagen");
  await fleur.getByRole("button", { name: "Kaart toevoegen" }).click();
  await expect(fleur.getByText("Staat hier gezondheidsinformatie over iemand?")).toBeVisible();
  await fleur.getByRole("button", { name: "Aanpassen" }).click();
  await fleur.getByLabel("Uw idee of ervaring").fill("Halve dagen mogen in overleg");
  await fleur.getByLabel(/Zet mijn naam bij deze kaart/).check();
  await fleur.getByRole("button", { name: "Kaart toevoegen" }).click();
  await expect(fleur.getByTestId("my-cards")).toContainText("Met uw naam.");

  // the trainer sees the cards live (anonymous unless signed), groups two and makes an afspraak of them
  const section = trainer.getByRole("region", { name: new RegExp(`^${theme} \\(`) });
  await expect(section.getByTestId("room-card")).toHaveCount(3, { timeout: 10_000 });
  await expect(trainer.getByTestId("room-panel")).toContainText(`— ${HACKATHON.hr.name}`);
  await expect(trainer.getByTestId("room-panel")).not.toContainText("Jip");
  await section.getByRole("checkbox", { name: /Een vaste buddy/ }).check();
  await section.getByRole("checkbox", { name: /Inwerken met een vast programma/ }).check();
  await section.getByLabel("Titel van de groep").fill("Goed beginnen");
  await section.getByRole("button", { name: "Gekozen kaarten groeperen" }).click();
  await expect(section.getByText("Groep: Goed beginnen")).toBeVisible();
  await section.getByRole("button", { name: "Groep als afspraak: Goed beginnen" }).click();
  await expect(section.getByText("werd een afspraak").first()).toBeVisible();

  // the facilitator puts the aandachtspunt on the projector: it follows, with its cards
  await trainer.getByRole("combobox", { name: "Op de beamer" }).selectOption({ label: theme! });
  await trainer.getByRole("button", { name: "Op de beamer zetten" }).click();
  // the trainer's own page shows the new state (and its version) before the next form is used
  await expect(trainer.getByTestId("presenter-controls")).toContainText(`Nu op de beamer: ${theme}`);
  await expect(projector.getByTestId("projector-view")).toHaveAttribute("data-view", /^PUNT:/, { timeout: 10_000 });
  await expect(projector.getByTestId("projector-view")).toContainText("Een vaste buddy");

  // voting on the afspraken, two votes each
  await panel.getByRole("combobox", { name: "Stemmen", exact: true }).selectOption("AFSPRAKEN");
  await panel.getByLabel("Stemmen per persoon").fill("2");
  await panel.getByRole("button", { name: "Stemmen bijwerken" }).click();
  // the phone follows without a reload
  await expect(anon.getByTestId("votes-left")).toContainText("nog 2 van 2", { timeout: 10_000 });
  await anon.getByRole("button", { name: "Stem erbij: Goed beginnen" }).click();
  await expect(anon.getByTestId("votes-left")).toContainText("nog 1 van 2");
  await plain.goto(`/doe-mee/${code}`);
  await plain.getByRole("button", { name: "Stem erbij: Goed beginnen" }).click();
  await plain.goto(`/doe-mee/${code}`);
  await expect(plain.getByTestId("votes-left")).toContainText("nog 1 van 2");
  await expect(panel.getByTestId("vote-totals").last()).toContainText("Goed beginnen: 2 stemmen", { timeout: 10_000 });
  await expect(panel).toContainText("2 mensen stemden");
  await expectNoA11yViolations(trainer);

  // "Sessie afronden": the summary goes by mail to the list and the tandem, and the phones show it
  await panel.getByText("Sessie afronden", { exact: true }).click();
  await panel.getByRole("button", { name: "Ja, sessie afronden" }).click();
  await expect(panel.getByTestId("summarised").or(panel.getByTestId("form-done"))).toContainText("afgerond", { timeout: 10_000 });
  await expect(anon.getByRole("heading", { name: "De sessie is afgerond" })).toBeVisible({ timeout: 10_000 });
  await expect(anon.getByText("Goed beginnen").first()).toBeVisible();
  await expectNoA11yViolations(anon);
  await trainer.goto("/mail");
  await expect(trainer.getByText(`Samenvatting van bijeenkomst 2: ${HACKATHON.employer}`).first()).toBeVisible();
  await trainer.goto(boardPath);

  // closing ends every phone's part
  await panel.getByRole("button", { name: "Deelname sluiten" }).click();
  await expect(panel).toContainText("De vorige deelname is gesloten", { timeout: 10_000 });
  await plain.goto(`/doe-mee/${code}`);
  await expect(plain.getByTestId("room-closed")).toBeVisible();
});
