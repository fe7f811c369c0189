import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, expectNoSidewaysScroll, failOnConsoleErrors, login } from "./helpers";

// Every page a signed-in role can reach, checked with axe (WCAG 2.2 A/AA) on desktop and phone.
// Read-only and one fresh context per test, so the tests of this file spread over both workers.
test.describe.configure({ mode: "parallel" });
// Each role signs in through the form first (fresh: not with an earlier test's session) and lands on
// its home, named, with the demo's data: the sign-in of every role, checked once, here.
const PAGES: { email: string; home: string; name: string; role: string; seen: string; paths: string[] }[] = [
  {
    email: "marieke@oads.nl",
    home: "/trainer",
    name: "Marieke Jansen",
    role: "Trainer",
    seen: "Zorggroep De Linde",
    paths: [
      "/trainer",
      "/trajecten/nieuw",
      "/trajecten/nieuw?werkgever=demo-employer-linde",
      "/werkgevers",
      "/werkgevers/demo-employer-linde",
      "/trajecten/demo-traject-linde/gedragscode",
      "/trajecten/demo-traject-linde/gedragscode/voorstellen",
      "/trajecten/demo-traject-linde/gedragscode/geschiedenis",
      "/trajecten/demo-traject-linde/bord",
      "/trajecten/demo-traject-linde/resultaten",
      "/trajecten/demo-traject-linde",
      "/trajecten/demo-traject-linde/bijeenkomsten/2/voorbereiding",
      // the trainer's phase pages (Planning, Scan, Bijeenkomsten) and the overview in every phase:
      // tests/e2e/phases.spec.ts checks each at both widths; a follow-up round's results: follow-up.spec.ts
      "/trajecten/demo-traject-linde-thuiszorg/opvolging",
      "/mail",
    ],
  },
  {
    email: "beheer@weerbarewerkgever.nl",
    home: "/beheer",
    name: "Annelies Bakker",
    role: "Beheerder",
    seen: "Alle trajecten",
    paths: [
      "/beheer",
      "/beheer/gebruikers",
      "/beheer/vragenlijsten",
      "/beheer/logboek",
      "/beheer/privacy",
      "/beheer/oplossingsrichtingen",
      // the edit page; "nieuw" is the same form, checked in admin-pages.spec.ts
      "/beheer/oplossingsrichtingen/OR-01",
      "/beheer/planner",
      "/beheer/vergoedingen",
      "/beheer/organisatie",
      "/beheer/werkwijze",
      "/beheer/werkwijze/gezondheidscheck",
      "/beheer/terugblikken",
      "/beheer/systeem",
      // the experts' path (issue 27): candidates with the §5.1 figures, and the training cohorts
      "/beheer/kandidaten",
      "/beheer/cohorten",
      "/beheer/privacy?email=femke%40delinde.nl",
      "/werkgevers",
      "/werkgevers/demo-employer-rivierstad",
      "/trajecten/demo-traject-rivierstad",
      // the admin's part of the planning: the trainer handover
      "/trajecten/demo-traject-rivierstad/planning",
      // the results as the admin sees them are the employer's view: HR's below
    ],
  },
  {
    email: "sanne@ervaringsdeskundig.nl",
    home: "/expert",
    name: "Sanne de Boer",
    role: "Ervaringsdeskundige",
    seen: "Zorggroep De Linde",
    paths: [
      "/expert",
      "/expert/profiel",
      "/expert/tempo",
      "/expert/mijn-verhaal",
      "/expert/vergoedingen",
      "/trajecten/demo-traject-linde",
      // the expert's phase pages: the step back (Planning), preparation and look back (Bijeenkomsten)
      "/trajecten/demo-traject-linde/planning",
      "/trajecten/demo-traject-linde/bijeenkomsten",
      "/trajecten/demo-traject-linde/bijeenkomsten/1/voorbereiding",
      "/account",
    ],
  },
  {
    email: "hr@delinde.nl",
    home: "/werkgever",
    name: "Femke Mulder",
    role: "Werkgever",
    seen: "Zorggroep De Linde",
    paths: [
      "/werkgever",
      "/trajecten/demo-traject-linde/gedragscode",
      "/trajecten/demo-traject-linde",
      "/trajecten/demo-traject-linde/resultaten",
      "/trajecten/demo-traject-linde-thuiszorg/opvolging",
      "/werkbladen",
      // HR's results of a follow-up round: tests/e2e/follow-up.spec.ts checks that page at both widths
    ],
  },
];

// Each page is checked at desktop width and then, resized in place, at phone width: the layout is
// CSS only (no script reads the width), so this is the page a phone gets, without a second load. The
// phone is the narrowest WCAG asks to reflow for (1.4.10: 320 CSS px), so it covers wider phones too.
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 320, height: 720 };

for (const role of PAGES) {
  test(`${role.email} pages have no axe violations at ${DESKTOP.width}px and ${PHONE.width}px`, async ({ browser }) => {
    test.setTimeout(180_000);
    const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    const noConsoleErrors = failOnConsoleErrors(page);
    await login(page, role.email, undefined, undefined, { fresh: true });
    await expect(page).toHaveURL(role.home);
    await expect(page.getByTestId("user-name")).toHaveText(role.name);
    await expect(page.getByRole("banner")).toContainText(role.role);
    await expect(page.getByRole("main")).toContainText(role.seen);
    for (const path of role.paths) {
      await page.setViewportSize(DESKTOP);
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expectNoA11yViolations(page);
      await page.setViewportSize(PHONE);
      await expectNoSidewaysScroll(page, path);
      await expectNoA11yViolations(page, { layoutOnly: true });
    }
    noConsoleErrors();
  });
}
