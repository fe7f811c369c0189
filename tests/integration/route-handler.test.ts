import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { schedulerToken } from "@/lib/auth/scheduler-token";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { idPath, routeHandler, tokenPath } from "@/lib/http/route";
import { z } from "@/lib/zod";
import { expectConsoleError } from "../support/console-guard";

// lib/http/route.ts, the wrapper of every route handler: who is asking, parsing, and one answer per
// kind of failure. The session is replaced here (getActor reads next-auth's cookie, which needs a
// request scope); the routes' own tests (fuzz, calendar feed) run it with the real session code.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("@/lib/env", () => ({ env: () => ({ NEXTAUTH_SECRET: "route-test-secret" }) }));

const ACTOR: Actor = { id: "u1", role: "TRAINER", name: "Tess Trainer", employerId: null };
const context = (params: Record<string, string>) => ({ params: Promise.resolve(params) });
const post = (body: unknown) => new Request("http://localhost/api/x/abc", { method: "POST", body: JSON.stringify(body) });

beforeEach(() => {
  session.actor = ACTOR;
});

describe("routeHandler", () => {
  const echo = routeHandler(
    { auth: "session", params: idPath, body: z.object({ count: z.number().int().min(1, "Kies minstens één.") }) },
    async ({ actor, params, body }) => Response.json({ actor: actor.id, id: params.id, count: body.count }),
  );

  it("hands the handler the actor and the parsed path and body", async () => {
    const response = await echo(post({ count: 2 }), context({ id: "abc" }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ actor: "u1", id: "abc", count: 2 });
  });

  it("answers a body that does not parse with 400 and the schema's Dutch message", async () => {
    const response = await echo(post({ count: 0 }), context({ id: "abc" }));
    expect(response.status).toBe(400);
    expect(await response.text()).toBe("Kies minstens één.");
    const notJson = await echo(new Request("http://localhost/api/x/abc", { method: "POST", body: "{" }), context({ id: "abc" }));
    expect(notJson.status).toBe(400);
    expect(await notJson.text()).toMatch(/^Ongeldige invoer/);
  });

  it("answers a path that cannot exist, and a visitor without a session, with 404", async () => {
    expect((await echo(post({ count: 2 }), context({ id: "a\u0000b" }))).status).toBe(404);
    session.actor = null;
    const response = await echo(post({ count: 2 }), context({ id: "abc" }));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("Niet gevonden");
  });

  it("answers an AppError with its status (httpStatusOf) and Dutch message", async () => {
    const conflict = routeHandler({ auth: "none" }, async () => {
      throw new AppError("CONFLICT", "Iemand anders was u voor.");
    });
    const response = await conflict(new Request("http://localhost/api/x"));
    expect(response.status).toBe(409);
    expect(await response.text()).toBe("Iemand anders was u voor.");
    const missing = routeHandler({ auth: "none" }, async () => {
      throw new AppError("NOT_FOUND", "Dit traject is niet gevonden.");
    });
    expect((await missing(new Request("http://localhost/api/x"))).status).toBe(404);
  });

  it("answers a bug with one logged line and a plain Dutch 500, no stack, no token in the log", async () => {
    expectConsoleError(/^\[route\] GET \/api\/feed\/\[…\] failed: Error: kapot \(at .+\)$/);
    const broken = routeHandler({ auth: "none", params: tokenPath }, async () => {
      throw new Error("kapot");
    });
    const response = await broken(new Request("http://localhost/api/feed/geheim-token"), context({ token: "geheim-token" }));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).toBe(GENERIC_ERROR_MESSAGE);
    expect(text).not.toMatch(/kapot|at |\.ts/);
  });

  it("gives a download every refusal as the same plain 404", async () => {
    const download = routeHandler({ auth: "session", params: idPath, refusals: "not-found" }, async () => {
      throw new AppError("FORBIDDEN", "Dit mag u niet.");
    });
    for (const actor of [ACTOR, null]) {
      session.actor = actor;
      const response = await download(new Request("http://localhost/api/x/abc"), context({ id: "abc" }));
      expect(response.status).toBe(404);
      expect(await response.text()).toBe("Niet gevonden");
    }
  });

  it("lets a scheduler route in with its own token only, and answers it in JSON", async () => {
    const job = routeHandler({ auth: { scheduler: "backup" }, failure: "De back-up is mislukt." }, async ({ actor }) =>
      Response.json({ actor }),
    );
    const call = (purpose: "backup" | "reminders") =>
      job(
        new Request("http://localhost/api/planner/backup", {
          headers: { authorization: `Bearer ${schedulerToken("route-test-secret", purpose)}` },
        }),
      );
    expect(await (await call("backup")).json()).toEqual({ actor: null });
    const refused = await call("reminders");
    expect(refused.status).toBe(404);
    expect(await refused.text()).toBe("Niet gevonden"); // the plain 404 of every refusal (issue 22)
  });
});
