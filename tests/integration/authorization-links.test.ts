import { describe, expect, it } from "vitest";
import { ensureFirstRound } from "@/lib/scan/rounds/rounds";
import { newLinkToken } from "@/lib/link-tokens";
import { autosave } from "@/lib/scan/respondent/answer-store";
import { saveClosingForm, saveThemeForm, submitScan } from "@/lib/scan/respondent/forms";
import { activateAccount } from "@/lib/users/accounts";
import { makeUser } from "@/tests/factories";
import { makeWorld, outcomeOf, snapshotAllTables, type World } from "@/tests/support/authorization-world";
import { setupTestDb } from "@/tests/support/test-db";

// The respondent's functions have no signed-in actor: the link is the credential. Both directions, as
// in tests/support/authorization-matrix.ts: the holder of a working link succeeds; a link that is unknown,
// revoked, expired, already sent or whose scan has closed is refused and every table stays as it was.

const t = setupTestDb();

type LinkLabel = "working" | "unknown" | "revoked" | "expired" | "submitted" | "scanClosed";
const LINKS: LinkLabel[] = ["working", "unknown", "revoked", "expired", "submitted", "scanClosed"];

/** A world plus one scan link per label; only "working" may write. */
async function linkWorld() {
  const w = await makeWorld(t);
  const links: Record<LinkLabel, string> = {
    working: w.draftToken,
    unknown: newLinkToken().token,
    revoked: await extraDraftLink(w, { revokedAt: new Date() }),
    expired: await extraDraftLink(w, { expiresAt: new Date(Date.now() - 60_000) }),
    submitted: await extraDraftLink(w, {}, "SUBMITTED"),
    scanClosed: await extraDraftLink(w, {}, "DRAFT", true),
  };
  return { w, links };
}

async function extraDraftLink(
  w: World,
  invitation: { revokedAt?: Date; expiresAt?: Date },
  status: "DRAFT" | "SUBMITTED" = "DRAFT",
  ownClosedTraject = false,
) {
  const { token, tokenHash } = newLinkToken();
  const trajectId = ownClosedTraject
    ? (
        await t.prisma.traject.create({
          data: { employerId: w.f.employer.id, trainerId: w.f.trainer.id, status: "SCAN_CLOSED", questionnaireId: w.f.questionnaire.id },
        })
      ).id
    : w.trajectId;
  const roundId = (await ensureFirstRound(t.prisma, trajectId)).id;
  await t.prisma.scanInvitation.create({
    data: {
      trajectId,
      roundId,
      name: "Iemand",
      email: `${tokenHash.slice(0, 8)}@voorbeeld.nl`,
      function: "HR",
      tokenHash,
      expiresAt: invitation.expiresAt ?? new Date(Date.now() + 86400_000),
      revokedAt: invitation.revokedAt,
      createdById: w.f.trainer.id,
      response: {
        create: {
          trajectId,
          roundId,
          questionnaireId: w.f.questionnaire.id,
          status,
          submittedAt: status === "SUBMITTED" ? new Date() : null,
        },
      },
    },
  });
  return token;
}

const cases: { name: string; run: (token: string) => Promise<unknown> }[] = [
  { name: "autosave (answer)", run: (token) => autosave(token, { type: "answer", itemKey: "1.1", value: 5, revision: 1 }) },
  { name: "autosave (note)", run: (token) => autosave(token, { type: "note", key: "theme:T1", text: "Een idee", revision: 0 }) },
  { name: "autosave (self-grade)", run: (token) => autosave(token, { type: "selfGrade", value: 8, revision: 0 }) },
  { name: "saveThemeForm", run: (token) => saveThemeForm(token, 0, { "a:1.1": "5", "rev:1.1": "1" }) },
  { name: "saveClosingForm", run: (token) => saveClosingForm(token, { selfGrade: "8", "rev:selfGrade": "0" }) },
  { name: "submitScan", run: (token) => submitScan(token) },
];

describe(`respondent link matrix (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  for (const c of cases) {
    it(`${c.name}: only a working link writes; every other link is refused and nothing changes`, async () => {
      const allowed = await linkWorld();
      expect(await outcomeOf(c.run(allowed.links.working))).toBe("ok");
      const { links } = await linkWorld();
      for (const label of LINKS.filter((l) => l !== "working")) {
        const before = await snapshotAllTables(t);
        const outcome = await outcomeOf(c.run(links[label]));
        expect([label, outcome]).toEqual([label, expect.stringMatching(/^(INVITE_INVALID|LOCKED)$/)]);
        expect(await snapshotAllTables(t)).toBe(before);
      }
    });
  }
});

describe("account activation link", () => {
  it("a fresh link sets the password once; a used, expired or unknown link changes nothing", async () => {
    const user = await makeUser(t.prisma, "TRAINER");
    const link = async (extra: { usedAt?: Date; expiresAt?: Date } = {}) => {
      const { token, tokenHash } = newLinkToken();
      await t.prisma.accountToken.create({
        data: { userId: user.id, tokenHash, expiresAt: extra.expiresAt ?? new Date(Date.now() + 86400_000), usedAt: extra.usedAt },
      });
      return token;
    };
    const input = (token: string) => ({ token, password: "een-lang-nieuw-wachtwoord", confirm: "een-lang-nieuw-wachtwoord" });
    expect(await outcomeOf(activateAccount(input(await link())))).toBe("ok");
    const refused = { used: await link({ usedAt: new Date() }), expired: await link({ expiresAt: new Date(Date.now() - 1000) }) };
    for (const [label, token] of Object.entries({ ...refused, unknown: newLinkToken().token })) {
      const before = await snapshotAllTables(t);
      expect([label, await outcomeOf(activateAccount(input(token)))]).toEqual([label, "INVITE_INVALID"]);
      expect(await snapshotAllTables(t)).toBe(before);
    }
  });
});
