import { describe, expect, it } from "vitest";
import { BAND_EDGES, BANDS, bandLabel, bandTitle, gradeBand, NO_SCORE_LABEL } from "@/lib/scan/scoring/bands";
import { BAND_FILL, isHatched } from "@/lib/scan/scoring/band-colours";

describe("grade bands", () => {
  it("puts each boundary grade in the higher band, comparing the grade rounded to 1 decimal", () => {
    expect(gradeBand(5.44)).toBe("ontwikkelpunt");
    expect(gradeBand(5.45)).toBe("op weg"); // rounds to 5.5
    expect(gradeBand(5.5)).toBe("op weg");
    expect(gradeBand(6.94)).toBe("op weg");
    expect(gradeBand(6.95)).toBe("stevige basis"); // rounds to 7.0
    expect(gradeBand(7.0)).toBe("stevige basis");
    expect(gradeBand(7.94)).toBe("stevige basis");
    expect(gradeBand(7.95)).toBe("sterk punt"); // rounds to 8.0
    expect(gradeBand(8.0)).toBe("sterk punt");
    expect(gradeBand(1)).toBe("ontwikkelpunt");
    expect(gradeBand(10)).toBe("sterk punt");
    expect(gradeBand(null)).toBeNull();
    expect(gradeBand(Number.NaN)).toBeNull();
  });

  it("describes the same edges in the legend, the chart and the ranges", () => {
    expect(BAND_EDGES).toEqual([5.5, 7, 8]);
    expect(BANDS.map((b) => [b.band, b.from, b.to, b.range])).toEqual([
      ["ontwikkelpunt", 1, 5.5, "lager dan 5,5"],
      ["op weg", 5.5, 7, "5,5 tot 7,0"],
      ["stevige basis", 7, 8, "7,0 tot 8,0"],
      ["sterk punt", 8, 10, "8,0 en hoger"],
    ]);
    for (const b of BANDS) {
      expect(gradeBand(b.from)).toBe(b.band);
      expect(b.label).toBe(bandTitle(b.band));
    }
  });

  it("names every band, and says so when there is no score", () => {
    expect(bandLabel("op weg")).toBe("op weg");
    expect(bandLabel(null)).toBe(NO_SCORE_LABEL);
    expect(bandTitle("stevige basis")).toBe("Stevige basis");
    expect(bandTitle(null)).toBeNull();
  });

  it("has one colour per band, light to dark, and hatches only ontwikkelpunt", () => {
    expect(Object.keys(BAND_FILL).sort()).toEqual(BANDS.map((b) => b.band).sort());
    expect(BANDS.filter((b) => isHatched(b.band)).map((b) => b.band)).toEqual(["ontwikkelpunt"]);
    expect(isHatched(null)).toBe(false);
  });
});
