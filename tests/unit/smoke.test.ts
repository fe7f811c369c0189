import { describe, expect, it } from "vitest";
import questionnaire from "@/prisma/data/mhb-2025.json";
describe("questionnaire data", () => {
  it("is bundled in the project", () => {
    expect(questionnaire.themes.length).toBeGreaterThan(0);
  });
});
