import { format } from "node:util";
import { afterEach, beforeEach, expect } from "vitest";

// Registered in vitest.config.ts (setupFiles): a unit or integration test fails when the code under
// test writes to console.error and the test did not say it expects that. An error log is how the app
// reports a bug (the action wrapper, the route helper, the mailer), so an unexpected one is a finding,
// not noise. epic-stack's tests/setup does the same; the e2e helpers fail on the browser's errors.
// A test that expects a log says so: expectConsoleError(/pattern/) (the log must then happen), or its
// own vi.spyOn(console, "error").mockImplementation(…), which takes the call before it gets here.
// The state lives on globalThis: with `isolate: false` this file runs once per test file, while the
// tests import it as a module that may have been loaded once per worker.

type Guard = { original: typeof console.error; logged: string[]; expected: { pattern: RegExp; seen: boolean }[] };
const KEY = Symbol.for("ww.console-guard");
const store = globalThis as unknown as { [KEY]?: Guard };

function guard(): Guard {
  if (!store[KEY]) {
    const state: Guard = { original: console.error, logged: [], expected: [] };
    console.error = (...args: unknown[]) => {
      const message = format(...args);
      const hit = state.expected.find((e) => e.pattern.test(message));
      if (hit) {
        hit.seen = true; // declared: part of the test, not news in its output
        return;
      }
      state.logged.push(message);
      // still shown, so a failing test's output says what happened
      state.original(...args);
    };
    store[KEY] = state;
  }
  return store[KEY];
}

/** This test expects an error log that matches: it is not a failure, and it must happen. */
export function expectConsoleError(pattern: RegExp): void {
  guard().expected.push({ pattern, seen: false });
}

// What was logged between tests (in a beforeAll, or by work an earlier test or file left running) is
// not dropped: the next test reports it, so a leak shows up instead of scrolling by.
beforeEach(() => {
  guard().expected = [];
});

afterEach(() => {
  const state = guard();
  const { logged, expected } = state;
  state.logged = [];
  state.expected = [];
  expect(
    logged,
    "console.error was called unexpectedly, in this test or since the previous one ended (expected? expectConsoleError(/…/))",
  ).toEqual([]);
  const missing = expected.filter((e) => !e.seen).map((e) => String(e.pattern));
  expect(missing, "an expected console.error never came").toEqual([]);
});
