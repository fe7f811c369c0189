import { expect, test } from "@playwright/test";

// A hidden route (the planner's, without its token) answers exactly as a path that no route has: the
// same status, body and type, for every method (issue 22: nobody learns which routes exist).
test("a hidden route and a path that does not exist answer alike, for every method", async ({ request }) => {
  const answer = async (method: string, url: string) => {
    const res = await request.fetch(url, { method, maxRedirects: 0 });
    return { status: res.status(), type: res.headers()["content-type"], body: await res.text() };
  };
  for (const method of ["GET", "POST", "PUT", "DELETE", "OPTIONS"]) {
    const hidden = await answer(method, "/api/planner/herinneringen");
    const nothing = await answer(method, "/api/bestaat-niet/echt-niet");
    expect(hidden, method).toEqual(nothing);
    expect(nothing.status, method).toBe(404);
  }
  // the one Pages Router route is not shadowed by the catch-all: a bad token gets the autosave's own answer
  const autosave = await request.put("/api/scan/x/autosave", { data: {} });
  expect(autosave.status()).not.toBe(404);
});
