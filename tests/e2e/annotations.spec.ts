import { expect, test } from "@playwright/test";
import { ANNOTATIONS, PASSWORD } from "./fixtures/data";
import { expectNoA11yViolations, login } from "./helpers";

const RESULTS = `/trajecten/${ANNOTATIONS.id}/resultaten`;

test("an expert shares a reflection with the employer; a private note stays private", async ({ browser }) => {
  const expert = await (await browser.newContext()).newPage();
  await login(expert, ANNOTATIONS.expert.email, PASSWORD);
  await expect(expert).toHaveURL("/expert");
  await expert.goto(RESULTS);
  await expectNoA11yViolations(expert);
  const theme = expert.locator("section", { has: expert.getByRole("heading", { name: /Collegialiteit en teamklimaat/ }) }).last();
  await theme.getByText("Reflectie schrijven bij dit thema").click();
  await theme.getByLabel("Uw reflectie vanuit ervaring").fill("Een collega die gewoon vroeg hoe het ging, maakte voor mij het verschil.");
  await theme.getByLabel("Delen met de werkgever (ook in het rapport)").check();
  await theme.getByRole("button", { name: "Bewaren" }).click();
  await expect(theme.getByText("Uw reflectie is bewaard.")).toBeVisible();

  // the form stays open, emptied, for the next note; private is the default
  await expect(theme.getByLabel("Uw reflectie vanuit ervaring")).toHaveValue("");
  await theme.getByLabel("Uw reflectie vanuit ervaring").fill("Alleen voor mezelf: voorbeeld over de kerstborrel voorbereiden.");
  await theme.getByRole("button", { name: "Bewaren" }).click();
  await expect(theme.getByText("kerstborrel").first()).toBeVisible();
  await expect(theme.getByText("Privé (alleen u)")).toBeVisible();

  const hr = await (await browser.newContext()).newPage();
  await login(hr, ANNOTATIONS.hr.email, PASSWORD);
  await expect(hr).toHaveURL("/werkgever");
  await hr.goto(RESULTS);
  await expect(hr.getByText("Een collega die gewoon vroeg hoe het ging")).toBeVisible();
  await expect(hr.getByText("kerstborrel")).toHaveCount(0);
  await expect(hr.getByText("Reflectie schrijven bij dit thema")).toHaveCount(0);
});
