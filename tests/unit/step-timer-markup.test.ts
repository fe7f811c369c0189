// The step and timer component and the projector's vote bars as the server renders them: the clock is
// read from the server's time, the visible clock is hidden from screen readers (they get words, and a
// polite announcement only at one minute and at zero: empty at first), no red; a bar's length is an SVG
// attribute (the CSP allows no style attribute).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StepTimer } from "@/components/board/step-timer";
import { VotesView } from "@/app/bord/[token]/_components/projector-views";

const serverNow = "2026-12-08T10:00:00.000Z";
const step = { stepName: "Samen de EPA-gedragscode opstellen", stepIndex: 2, stepCount: 5, serverNow };

describe("the step timer", () => {
  it("running: the step, the clock (hidden) and its words; the announcement region starts empty", () => {
    const html = renderToStaticMarkup(
      createElement(StepTimer, { ...step, timerEndsAt: "2026-12-08T10:04:05.000Z", timerLeftSeconds: null, size: "large" }),
    );
    expect(html).toContain("Stap 3 van 5: </span>Samen de EPA-gedragscode opstellen");
    expect(html).toContain('<span aria-hidden="true" data-testid="step-clock">4:05</span>');
    expect(html).toContain("Nog 4 minuten en 5 seconden");
    expect(html).toMatch(/<p role="status" aria-live="polite" class="sr-only"><\/p>/);
    expect(html).not.toMatch(/red-/);
  });

  it("paused: says so; at zero: 'Tijd is om' in calm colours; off: no clock at all", () => {
    const paused = renderToStaticMarkup(createElement(StepTimer, { ...step, timerEndsAt: null, timerLeftSeconds: 59 }));
    expect(paused).toContain("Klok gepauzeerd, nog 59 seconden");
    expect(paused).toContain("(gepauzeerd)");
    const up = renderToStaticMarkup(createElement(StepTimer, { ...step, timerEndsAt: "2026-12-08T09:59:00.000Z", timerLeftSeconds: null }));
    expect(up).toContain("Tijd is om");
    expect(up).toContain("bg-amber-100");
    expect(up).not.toMatch(/red-/);
    const off = renderToStaticMarkup(createElement(StepTimer, { ...step, timerEndsAt: null, timerLeftSeconds: null }));
    expect(off).not.toContain("step-clock");
  });
});

describe("the projector's votes", () => {
  it("totals as bars with numbers, longest for the most votes; nobody's name", () => {
    const html = renderToStaticMarkup(
      createElement(VotesView, {
        votes: {
          open: true,
          rounds: [
            {
              kind: "PUNTEN",
              voters: 4,
              rows: [
                { target: "punt:T2", title: "Werkdruk", votes: 6 },
                { target: "punt:T1", title: "Openheid", votes: 3 },
                { target: "punt:T3", title: "Terugkeer", votes: 0 },
              ],
            },
          ],
        },
      }),
    );
    expect(html).toContain("4 mensen hebben gestemd.");
    expect(html).toContain("6 stemmen");
    expect(html).toMatch(/<rect width="100"/);
    expect(html).toMatch(/<rect width="50"/);
    expect(html).toMatch(/<rect width="0"/);
    expect(html).not.toContain("style=");
    expect(html).toContain("Het stemmen is open");
  });
});
