import { describe, expect, it } from "vitest";
import { getOwnProfile, setExpertStatus, updateOwnProfile } from "@/lib/experts/profile";
import { listExpertsForTraject } from "@/lib/trajecten/expert-matching";
import { createUser } from "@/lib/users/accounts";
import { actorOf, makeOutsiders, makeSubmittedResponse, makeTraject, makeUser, questionnaireJson } from "@/tests/factories";
import { snapshotAllTables } from "@/tests/support/authorization-world";
import { setupTestDb } from "@/tests/support/test-db";

const t = setupTestDb();
const [first, second, third] = questionnaireJson.themes;
const profile = (version: number, themes: string[]) => ({
  experienceThemes: themes,
  region: "Gelderland",
  slots: ["di-ochtend", "do-middag"],
  availability: "niet in schoolvakanties",
  bio: "Werkt weer in de zorg.",
  version,
});

describe(`expert profiles and matching (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("every expert account has a profile, which the expert edits and no one else", async () => {
    const { admin, other } = await makeOutsiders(t.prisma);
    const { id } = await createUser({ actor: admin, input: { name: "Eva Ervaring", email: "eva@ervaring.nl", role: "EXPERT" } });
    expect(await t.prisma.expertProfile.findUnique({ where: { userId: id } })).toMatchObject({ experienceThemes: [], version: 1 });
    const eva = actorOf(await t.prisma.user.findUniqueOrThrow({ where: { id } }));

    await expect(getOwnProfile(other.trainer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateOwnProfile({ actor: admin, input: profile(1, [first!.key]) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateOwnProfile({ actor: eva, input: profile(1, ["T99"]) })).rejects.toMatchObject({ code: "VALIDATION" });
    await updateOwnProfile({ actor: eva, input: profile(1, [first!.key]) });
    const before = await snapshotAllTables(t);
    await expect(updateOwnProfile({ actor: eva, input: profile(1, [second!.key]) })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await snapshotAllTables(t)).toBe(before);
    const { profile: saved, themes } = await getOwnProfile(eva);
    expect(saved).toMatchObject({ experienceThemes: [first!.key], region: "Gelderland", slots: ["di-ochtend", "do-middag"], version: 2 });
    expect(themes).toHaveLength(questionnaireJson.themes.length);
  });

  it("the admin pauses; a paused expert is not offered; matching explains itself with profile data only", async () => {
    const f = await makeTraject(t.prisma);
    const { admin } = await makeOutsiders(t.prisma);
    // the scan's aandachtspunten: every answer low, so the lowest themes lead
    const low = Object.fromEntries(questionnaireJson.themes.flatMap((th) => th.items.map((i) => [i.key, 1])));
    for (let i = 0; i < 3; i++) await makeSubmittedResponse(t.prisma, f, { answers: low });
    const fits = actorOf(await makeUser(t.prisma, "EXPERT", { name: "Aa Past" }));
    const other = actorOf(await makeUser(t.prisma, "EXPERT", { name: "Bb Anders" }));
    const paused = actorOf(await makeUser(t.prisma, "EXPERT", { name: "Cc Pauze" }));
    const options = await listExpertsForTraject({ actor: f.trainer, trajectId: f.traject.id });
    const focus = options.find((o) => o.id === f.expert.id)!; // not yet a profile: listed, and says so
    expect(focus.why).toEqual(["Nog geen profiel ingevuld."]);
    const allThemes = questionnaireJson.themes.map((th) => th.key);
    for (const [actor, themes] of [
      [fits, allThemes],
      [other, [third!.key]],
      [paused, allThemes],
    ] as const) {
      await getOwnProfile(actor);
      await updateOwnProfile({ actor, input: profile(1, [...themes]) });
    }
    await expect(setExpertStatus({ actor: f.trainer, input: { userId: fits.id, field: "paused", value: true } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(setExpertStatus({ actor: admin, input: { userId: f.trainer.id, field: "paused", value: true } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await setExpertStatus({ actor: admin, input: { userId: paused.id, field: "paused", value: true } });

    const ranked = await listExpertsForTraject({ actor: f.trainer, trajectId: f.traject.id });
    expect(ranked.map((o) => o.name)).not.toContain("Cc Pauze");
    expect(ranked[0]!.name).toBe("Aa Past");
    expect(ranked[0]!.why[0]).toMatch(/^Ervaring met de aandachtspunten: /);
    expect(ranked[0]!.why).toContain("Beschikbaar: dinsdagochtend, donderdagmiddag; niet in schoolvakanties.");
    // a paused expert already linked to the traject stays listed, so the trainer can unlink them
    await t.prisma.expertAssignment.create({ data: { trajectId: f.traject.id, expertId: paused.id, status: "INVITED" } });
    const withLinked = await listExpertsForTraject({ actor: f.trainer, trajectId: f.traject.id });
    expect(withLinked.find((o) => o.id === paused.id)?.why).toContain("Staat op pauze: wordt niet meer aangeboden.");
  });
});
