import { describe, expect, it } from "vitest";
import { movedMessage, placesInList } from "@/lib/board/places";

describe("placesInList", () => {
  it("moves to the neighbour's place in the section, and offers no step across sections or past the ends", () => {
    const places = placesInList([
      { id: "a", section: "AFSPRAKEN_PER_ROL", position: 1 },
      { id: "b", section: "AFSPRAKEN_PER_ROL", position: 4 },
      { id: "c", section: "BORGING", position: 0 },
    ]);
    expect(places.get("a")).toEqual({ index: 0, count: 3, up: null, down: 4, here: 1 });
    expect(places.get("b")).toEqual({ index: 1, count: 3, up: 1, down: null, here: 4 });
    expect(places.get("c")).toEqual({ index: 2, count: 3, up: null, down: null, here: 0 });
  });

  it("says the new place from 1", () => {
    expect(movedMessage("Rolzuiverheid", 1, 4)).toBe('Afspraak "Rolzuiverheid" staat nu op plaats 2 van 4.');
  });
});
