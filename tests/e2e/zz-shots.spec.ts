import { expect, test } from "@playwright/test";
import { CRLF_CODE, PASSWORD } from "./fixtures/data";
import { signedIn } from "./helpers";

test("screenshots", async ({ browser }) => {
  const trainer = await signedIn(browser, "marieke@oads.nl", "/trainer");
  for (const [w, h, tag] of [[1280, 900, "desk"], [390, 844, "phone"]] as const) {
    await trainer.setViewportSize({ width: w, height: h });
    await trainer.goto("/trajecten/demo-traject-linde");
    await trainer.getByTestId("four-steps").scrollIntoViewIfNeeded();
    await trainer.screenshot({ path: `/work/shots/s14-four-steps-${tag}.png`, fullPage: false });
  }
  const admin = await signedIn(browser, "beheer@weerbarewerkgever.nl", "/beheer");
  await admin.goto("/beheer/gezondheidscheck");
  await admin.screenshot({ path: "/work/shots/s14-terms-admin.png", fullPage: true });
  const hr = await signedIn(browser, CRLF_CODE.hr.email, "/werkgever", PASSWORD);
  await hr.goto(`/trajecten/${CRLF_CODE.id}/gedragscode`);
  const section = hr.locator("section", { has: hr.getByRole("heading", { name: "Borging" }) });
  await section.locator("summary", { hasText: "Afspraak toevoegen" }).click();
  await section.getByLabel("Titel").fill("Test");
  await section.getByLabel("Afspraak").fill("Femke gebruikt lithium en krijgt vaste pauzes.");
  await section.getByRole("button", { name: "Afspraak toevoegen" }).click();
  await expect(section.getByTestId("health-check")).toBeVisible();
  await section.screenshot({ path: "/work/shots/s14-health-prompt.png" });
  await hr.setViewportSize({ width: 390, height: 844 });
  await section.getByTestId("health-check").scrollIntoViewIfNeeded();
  await hr.screenshot({ path: "/work/shots/s14-health-prompt-phone.png" });
});
