import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The e2e tests check a page with every axe rule once, at desktop width, and at phone width rerun only
// the rules that measure (tests/e2e/helpers.ts, `layoutOnly`). That is sound only while the same
// elements are shown at every width: a menu shown only on phones would escape the structural rules. So
// no width breakpoint may show, hide or (un)hide for screen readers, in a class or in CSS. Breakpoints
// that change a grid's columns or a padding stay allowed: they are geometry, which the phone check
// measures.

const BREAKPOINT = "@?(?:sm|md|lg|xl|2xl|max-(?:sm|md|lg|xl|2xl)|min-\\[[^\\]]+\\]|max-\\[[^\\]]+\\])";
// `sm:hidden`, `max-md:sr-only`, `min-[40rem]:invisible`, `@md:opacity-0` (container queries measure width too)
const BREAKPOINT_TOGGLE = new RegExp(
  `(?<![\\w-])${BREAKPOINT}:(?:hidden|sr-only|not-sr-only|invisible|visible|collapse|opacity-\\d+)(?![\\w-])`,
  "g",
);
// `hidden sm:block`: hidden by default, shown from a width on (a breakpoint display value beside a plain `hidden`)
const SHOWN_FROM_WIDTH = new RegExp(
  `(?<![\\w:-])hidden(?![\\w-]).*?(?<![\\w-])${BREAKPOINT}:(?:block|inline|inline-block|flex|inline-flex|grid|inline-grid|contents|table|flow-root)(?![\\w-])`,
  "g",
);
const toggles = (source: string) => [...(source.match(BREAKPOINT_TOGGLE) ?? []), ...(source.match(SHOWN_FROM_WIDTH) ?? [])];
const WIDTH_MEDIA = /@(?:media|container)[^{]*\b(?:min-|max-)?(?:width|inline-size)\b/g;

function files(dir: string, ext: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name), ext) : ext.test(e.name) ? [path.join(dir, e.name)] : []));
}

describe("markup shows the same elements at every width", () => {
  it("the pattern catches what it is for, and lets grid columns through", () => {
    expect(toggles('className="hidden sm:block"')).toEqual(["hidden sm:block"]);
    expect(toggles('className="max-md:hidden md:sr-only @lg:opacity-0 min-[30rem]:invisible"')).toHaveLength(4);
    expect(toggles('className="grid gap-2 sm:grid-cols-2 md:flex-row lg:px-4 sm:grid"')).toEqual([]);
    expect(toggles('className="overflow-hidden sm:flex"')).toEqual([]);
    expect("@media (max-width: 40rem) { .x { display: none } }".match(WIDTH_MEDIA)).toHaveLength(1);
    expect("@media (prefers-reduced-motion: reduce) {}".match(WIDTH_MEDIA)).toBeNull();
  });

  it("no breakpoint in app/ or components/ shows or hides anything", () => {
    const found = [...files("app", /\.tsx?$/), ...files("components", /\.tsx?$/)].flatMap((f) =>
      toggles(fs.readFileSync(f, "utf8")).map((m) => `${f}: ${m}`),
    );
    expect(found).toEqual([]);
  });

  it("no stylesheet has a width media or container query", () => {
    const found = [...files("app", /\.css$/), ...files("components", /\.css$/)].flatMap((f) =>
      (fs.readFileSync(f, "utf8").match(WIDTH_MEDIA) ?? []).map((m) => `${f}: ${m}`),
    );
    expect(found).toEqual([]);
  });
});
