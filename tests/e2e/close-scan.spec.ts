import { expect, test } from "@playwright/test";
import { CLOSE_SCAN, PASSWORD } from "./fixtures/data";
import { expectNoA11yViolations, signedIn } from "./helpers";

// "Scan sluiten" is an action with a confirmation: 2 of 5 submitted, who is still busy, and that the
// employer sees no figures below the minimum. Then the phase is "Scan afgerond".

test("closing the scan with 2 of 5: the confirmation shows the count, who is busy and the warning", async ({ browser }) => {
  const trainer = await signedIn(browser, CLOSE_SCAN.trainer.email, "/trainer", PASSWORD);
  await trainer.goto(`/trajecten/${CLOSE_SCAN.id}/scan`);
  const panel = trainer.getByTestId("close-scan");
  // a disclosure: reachable and opened with the keyboard
  await panel.getByText("Scan sluiten", { exact: true }).focus();
  await trainer.keyboard.press("Enter");
  await expect(panel.getByTestId("close-scan-count")).toHaveText("2 van 5 ingevuld");
  await expect(panel).toContainText("Daan Drukker (daan@close-scan.e2e.nl)");
  await expect(panel.getByTestId("close-scan-warning")).toContainText("De werkgever ziet dan geen cijfers");
  await expectNoA11yViolations(trainer);

  await panel.getByRole("button", { name: "Ja, scan sluiten" }).click();
  // the page follows: the confirmation goes, the scan says when it closed; on the overview the phase is done
  await expect(trainer.getByTestId("scan-closed-at")).toContainText("De scan is gesloten op");
  await expect(trainer.getByTestId("close-scan")).toHaveCount(0);
  await trainer.getByRole("navigation", { name: "Fases van het traject" }).getByRole("link", { name: "Overzicht" }).click();
  await expect(trainer.getByText("Nu: Scan afgerond.")).toBeVisible();
  await expect(trainer.getByTestId("phase-scan")).toHaveAttribute("data-state", "done");
  await expect(trainer.getByTestId("phase-scan")).toContainText("2 van 5 ingevuld");
});
