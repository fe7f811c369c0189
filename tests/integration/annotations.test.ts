import { describe, expect, it } from "vitest";
import { createAnnotation, deleteAnnotation, updateAnnotation } from "@/lib/annotations/mutations";
import { makeOutsiders, makeTraject } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";

const t = setupTestDb();

const input = (trajectId: string) => ({
  trajectId,
  themeKey: "T8",
  itemKey: "8.4",
  body: "Wat mij hielp na een terugval…",
  visibility: "TANDEM" as const,
});

describe("expert annotations", () => {
  it("the assigned expert writes, edits (with version check) and removes own notes", async () => {
    const f = await makeTraject(t.prisma);
    const { id } = await createAnnotation({ actor: f.expert, input: input(f.traject.id) });
    await updateAnnotation({ actor: f.expert, input: { annotationId: id, body: "Nu gedeeld", visibility: "EMPLOYER", version: 1 } });
    await expect(
      updateAnnotation({ actor: f.expert, input: { annotationId: id, body: "Oude tab", visibility: "PRIVATE", version: 1 } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await t.prisma.annotation.findUniqueOrThrow({ where: { id } })).toMatchObject({
      body: "Nu gedeeld",
      visibility: "EMPLOYER",
      version: 2,
    });
    await deleteAnnotation({ actor: f.expert, annotationId: id });
    expect(await t.prisma.annotation.count()).toBe(0);
    expect(await t.prisma.auditEvent.count({ where: { entityId: id } })).toBe(3);
  });

  it("rejects a theme or statement that is not in the questionnaire", async () => {
    const f = await makeTraject(t.prisma);
    await expect(createAnnotation({ actor: f.expert, input: { ...input(f.traject.id), themeKey: "T99" } })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(createAnnotation({ actor: f.expert, input: { ...input(f.traject.id), itemKey: "1.1" } })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(await t.prisma.annotation.count()).toBe(0);
  });

  it("denies other roles, other experts and other employers, changing nothing", async () => {
    const f = await makeTraject(t.prisma);
    const { other, admin } = await makeOutsiders(t.prisma);
    await expect(createAnnotation({ actor: f.trainer, input: input(f.traject.id) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createAnnotation({ actor: f.employerUser, input: input(f.traject.id) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createAnnotation({ actor: other.expert, input: input(f.traject.id) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { id } = await createAnnotation({ actor: f.expert, input: input(f.traject.id) });
    await expect(
      updateAnnotation({ actor: other.expert, input: { annotationId: id, body: "overschreven", visibility: "EMPLOYER", version: 1 } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteAnnotation({ actor: admin, annotationId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.prisma.annotation.findUniqueOrThrow({ where: { id } })).toMatchObject({ body: input("").body, version: 1 });
  });
});
