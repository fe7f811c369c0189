import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { addClause } from "@/lib/gedragscode/clauses";
import { makeTraject, makeUser } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";
import { POST as presence } from "@/app/api/trajecten/[id]/bord/aanwezig/route";
import { GET as exportClaims } from "@/app/api/beheer/vergoedingen/export/route";
import { GET as exportClaimsXlsx } from "@/app/api/beheer/vergoedingen/export.xlsx/route";
import * as reminders from "@/app/api/planner/herinneringen/route";
import * as backup from "@/app/api/planner/backup/route";
import * as admin from "@/app/api/planner/beheerder/route";
import * as retention from "@/app/api/planner/bewaartermijn/route";
import { GET as nextAuthGet } from "@/app/api/auth/[...nextauth]/route";

// Issue 22 item 6: routes that answer a stranger, a forged request or a wrong role without giving
// anything away. The session is replaced (getActor reads next-auth's cookie, which needs a request scope).

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getActor: async () => session.actor,
}));

const t = setupTestDb();
beforeEach(() => {
  session.actor = null;
});

const ctx = (params: Record<string, string | string[]>) => ({ params: Promise.resolve(params) });

describe("the presence route", () => {
  async function world() {
    const f = await makeTraject(t.prisma);
    const other = await makeTraject(t.prisma);
    const clause = async (fx: typeof f) =>
      (await addClause({ actor: fx.trainer, input: { trajectId: fx.traject.id, section: "UITGANGSPUNTEN", title: "T", body: "B" } })).result
        .clauseIds[0]!;
    return { f, clauseId: await clause(f), otherClauseId: await clause(other) };
  }
  const post = (trajectId: string, clauseId: string, origin?: string) =>
    presence(
      new Request(`http://localhost:3000/api/trajecten/${trajectId}/bord/aanwezig`, {
        method: "POST",
        headers: origin ? { origin } : {},
        body: JSON.stringify({ clauseId, editing: true }),
      }),
      ctx({ id: trajectId }),
    );

  it("takes the app's own page, and refuses another site's Origin with 403", async () => {
    const { f, clauseId } = await world();
    session.actor = f.trainer;
    expect((await post(f.traject.id, clauseId, "http://localhost:3000")).status).toBe(204);
    expect((await post(f.traject.id, clauseId)).status).toBe(204);
    for (const origin of ["https://evil.example", "null", "http://localhost:3001"]) {
      const refused = await post(f.traject.id, clauseId, origin);
      expect(refused.status, origin).toBe(403);
    }
    expect(
      await t.prisma.liveEvent.count({ where: { channelId: f.traject.id, data: { path: ["kind"], string_starts_with: "editing" } } }),
    ).toBe(2);
  });

  it("refuses a clause of another traject as not found, and announces nothing", async () => {
    const { f, otherClauseId } = await world();
    session.actor = f.trainer;
    const before = await t.prisma.liveEvent.count();
    expect((await post(f.traject.id, otherClauseId, "http://localhost:3000")).status).toBe(404);
    expect(await t.prisma.liveEvent.count()).toBe(before);
  });
});

describe("the planner routes", () => {
  it("answer every method without the token with the plain 404 of every refusal: no 405, no JSON", async () => {
    for (const route of [reminders, backup, admin, retention] as Record<string, unknown>[]) {
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) {
        const handler = route[method] as ((r: Request) => Promise<Response>) | undefined;
        expect(handler, method).toBeTypeOf("function");
        const response = await handler!(new Request("http://localhost/api/planner/x", { method }));
        expect(response.status, method).toBe(404);
        expect(response.headers.get("content-type"), method).toBe("text/plain; charset=utf-8");
        expect(await response.text(), method).toBe("Niet gevonden");
      }
    }
  });
});

describe("the compensation export", () => {
  it.each([
    ["CSV", exportClaims],
    ["spreadsheet", exportClaimsXlsx],
  ])("%s: refuses a trainer before it looks at the period", async (_format, route) => {
    const f = await makeTraject(t.prisma);
    session.actor = f.trainer;
    const response = await route(new Request("http://localhost/api/beheer/vergoedingen/export"));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/periode/i);
    const user = await makeUser(t.prisma, "ADMIN");
    session.actor = { id: user.id, role: "ADMIN", name: user.name, employerId: null };
    const admin = await route(new Request("http://localhost/api/beheer/vergoedingen/export"));
    expect(admin.status).toBe(400);
    expect(await admin.text()).toMatch(/Kies een periode/);
  });
});

describe("next-auth's credentials callback", () => {
  it("answers GET with 404, not a 500", async () => {
    const response = await nextAuthGet(
      new Request("http://localhost/api/auth/callback/credentials"),
      ctx({ nextauth: ["callback", "credentials"] }),
    );
    expect(response.status).toBe(404);
  });
});
