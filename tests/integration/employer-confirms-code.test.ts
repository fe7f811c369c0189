import { describe, expect, it } from "vitest";
import { addClause } from "@/lib/gedragscode/clauses";
import {
  confirmSigners,
  reopenCode,
  sendSigningLink,
  setSigners,
  signCode,
  signOffState,
  signWithLink,
  signingLinkView,
} from "@/lib/gedragscode/signoff";
import { confirmDirectie, confirmFirstDirectie, setWorksCouncil } from "@/lib/employers/directie";
import { addKeyPerson, removeKeyPerson, updateKeyPerson } from "@/lib/employers/key-persons";
import { giveKeyPersonAccount } from "@/lib/users/employer-accounts";
import { trajectAccess } from "@/lib/auth/guard";
import { hashLinkToken, newLinkToken } from "@/lib/link-tokens";
import { actorOf, makeDirectie, makeOutsiders, makeTraject, type TrajectFixture } from "@/tests/factories";
import { withUnreachableSmtp } from "@/tests/support/smtp-mode";
import { setupTestDb } from "@/tests/support/test-db";

// Issue 20, items 2 and 3: only the employer makes its code vastgesteld, and the tandem cannot create
// the employer's directie.

const t = setupTestDb();

async function codeFor(f: TrajectFixture) {
  await addClause({
    actor: f.employerUser,
    input: { trajectId: f.traject.id, section: "UITGANGSPUNTEN", title: "Rolzuiverheid", body: "We vragen naar werk." },
  });
  const code = await t.prisma.gedragscode.findUniqueOrThrow({ where: { trajectId: f.traject.id } });
  const hash = async () => (await signOffState({ actor: f.trainer, trajectId: f.traject.id })).hash!;
  return { codeId: code.id, hash };
}
const orPerson = (f: TrajectFixture, email = `or-${f.employer.id}@voorbeeld.nl`) =>
  t.prisma.keyPerson.create({ data: { employerId: f.employer.id, name: "Olga OR", email, function: "ONDERNEMINGSRAAD" } });
const hrPerson = (f: TrajectFixture) => t.prisma.keyPerson.findFirstOrThrow({ where: { userId: f.employerUser.id } });
const linkFromOutbox = async (to: string) =>
  (await t.prisma.outboxMail.findFirstOrThrow({ where: { kind: "signing", to }, orderBy: { createdAt: "desc" } })).text.match(
    /\/ondertekenen\/([A-Za-z0-9_-]+)/,
  )![1]!;
const versionOf = async (id: string) => (await t.prisma.keyPerson.findUniqueOrThrow({ where: { id } })).version;
const statusOf = async (codeId: string) => (await t.prisma.gedragscode.findUniqueOrThrow({ where: { id: codeId } })).status;

describe(`only the employer adopts its code (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("a sole signer named by the trainer gets no link and cannot sign: the list waits for the directie", async () => {
    const f = await makeTraject(t.prisma);
    const { codeId, hash } = await codeFor(f);
    const or = await orPerson(f);
    await setSigners({ actor: f.trainer, trajectId: f.traject.id, keyPersonIds: [or.id] });
    await expect(
      withUnreachableSmtp(() => sendSigningLink({ actor: f.trainer, trajectId: f.traject.id, keyPersonId: or.id })),
    ).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("nog niet bevestigd") });
    // even a link that exists (made before the list changed) signs nothing on an unconfirmed list
    const signer = await t.prisma.codeSigner.findFirstOrThrow({ where: { keyPersonId: or.id } });
    const { token, tokenHash } = newLinkToken();
    await t.prisma.signingLink.create({
      data: { signerId: signer.id, tokenHash, sentTo: or.email, expiresAt: new Date(Date.now() + 86_400_000) },
    });
    await expect(signWithLink({ token, contentHash: await hash(), consentToReuse: false })).rejects.toMatchObject({ code: "VALIDATION" });
    // and the directie cannot confirm a list without the directie on it
    const directie = await makeDirectie(t.prisma, f);
    const state = await signOffState({ actor: directie, trajectId: f.traject.id });
    await expect(confirmSigners({ actor: directie, trajectId: f.traject.id, signersHash: state.list.hash })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(await statusOf(codeId)).toBe("CONCEPT");
    expect(await t.prisma.codeSignature.count({ where: { gedragscodeId: codeId } })).toBe(0);
    expect(await t.prisma.signingLink.findUnique({ where: { tokenHash: hashLinkToken(token) } })).toMatchObject({ usedAt: null });
  });

  it("HR naming only herself cannot sign or adopt", async () => {
    const f = await makeTraject(t.prisma);
    const { codeId, hash } = await codeFor(f);
    await setSigners({ actor: f.employerUser, trajectId: f.traject.id, keyPersonIds: [(await hrPerson(f)).id] });
    await expect(
      signCode({ actor: f.employerUser, trajectId: f.traject.id, contentHash: await hash(), consentToReuse: true }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(confirmSigners({ actor: f.employerUser, trajectId: f.traject.id, signersHash: "x".repeat(64) })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await statusOf(codeId)).toBe("CONCEPT");
  });

  it("name and function come from the record, a link signature keeps its address; the OR signs where there is one", async () => {
    const f = await makeTraject(t.prisma);
    const { codeId, hash } = await codeFor(f);
    const directie = await makeDirectie(t.prisma, f);
    const dirKp = await t.prisma.keyPerson.findFirstOrThrow({ where: { userId: directie.id } });
    const or = await orPerson(f);
    // an OR key person is recorded: a list without the OR is not confirmed
    await setSigners({ actor: f.trainer, trajectId: f.traject.id, keyPersonIds: [dirKp.id] });
    let state = await signOffState({ actor: directie, trajectId: f.traject.id });
    expect(state.list.problems.join(" ")).toContain("ondernemingsraad");
    await expect(confirmSigners({ actor: directie, trajectId: f.traject.id, signersHash: state.list.hash })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await setSigners({ actor: f.trainer, trajectId: f.traject.id, keyPersonIds: [dirKp.id, or.id] });
    state = await signOffState({ actor: directie, trajectId: f.traject.id });
    expect(state.list).toMatchObject({ inEffect: false, proposedByName: f.trainer.name, problems: [] });
    await confirmSigners({ actor: directie, trajectId: f.traject.id, signersHash: state.list.hash });
    await signCode({ actor: directie, trajectId: f.traject.id, contentHash: await hash(), consentToReuse: true });
    // with a mail server (without one no signing link goes out: outbox-credentials.test.ts)
    await withUnreachableSmtp(() => sendSigningLink({ actor: f.trainer, trajectId: f.traject.id, keyPersonId: or.id }));
    const token = await linkFromOutbox(or.email);
    expect(await signingLinkView(token)).toMatchObject({ name: "Olga OR", sentTo: or.email });
    const typed = { name: "Hans Kok", function: "Algemeen directeur" } as object;
    const done = await signWithLink({ token, contentHash: await hash(), consentToReuse: false, ...typed });
    expect(done.adopted).toBe(true);
    const sig = await t.prisma.codeSignature.findFirstOrThrow({ where: { gedragscodeId: codeId, userId: null } });
    expect(sig).toMatchObject({ name: "Olga OR", function: "OR (ondernemingsraad)", sentTo: or.email });
    const code = await t.prisma.gedragscode.findUniqueOrThrow({ where: { id: codeId } });
    expect(code.adoptedByName).not.toContain("Hans Kok");
  });

  it("the directie states the OR yes/no; a directie without an account confirms the list on their own signing page", async () => {
    const f = await makeTraject(t.prisma);
    const { codeId, hash } = await codeFor(f);
    const { admin } = await makeOutsiders(t.prisma);
    const dir = await addKeyPerson({
      actor: f.trainer,
      input: { employerId: f.employer.id, name: "Dirk Directeur", email: `dirk-${f.employer.id}@voorbeeld.nl`, function: "DIRECTIE" },
    });
    await confirmFirstDirectie({ actor: admin, keyPersonId: dir.id, version: await versionOf(dir.id) });
    const hr = await hrPerson(f);
    await setSigners({ actor: f.trainer, trajectId: f.traject.id, keyPersonIds: [dir.id, hr.id] });
    await withUnreachableSmtp(() => sendSigningLink({ actor: f.trainer, trajectId: f.traject.id, keyPersonId: dir.id }));
    const token = await linkFromOutbox(`dirk-${f.employer.id}@voorbeeld.nl`);
    const view = await signingLinkView(token);
    expect(view).toMatchObject({ mustConfirmList: true, canSign: true });
    expect(view.signers.map((s) => s.name).sort()).toEqual(["Dirk Directeur", hr.name].sort());
    // signing confirms the list shown; a different list is a conflict
    await expect(
      signWithLink({ token, contentHash: await hash(), consentToReuse: true, signersHash: "0".repeat(64) }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await signWithLink({ token, contentHash: await hash(), consentToReuse: true, signersHash: view.signersHash });
    const code = await t.prisma.gedragscode.findUniqueOrThrow({ where: { id: codeId } });
    expect(code.signersConfirmedByName).toBe("Dirk Directeur");
    expect(
      (await signCode({ actor: f.employerUser, trajectId: f.traject.id, contentHash: await hash(), consentToReuse: true })).adopted,
    ).toBe(true);

    // a confirmed directie (with an account) states the employer has an OR: then the OR must sign too
    const g = await makeTraject(t.prisma);
    await codeFor(g);
    const boss = await makeDirectie(t.prisma, g);
    await expect(setWorksCouncil({ actor: g.employerUser, trajectId: g.traject.id, hasWorksCouncil: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await setWorksCouncil({ actor: boss, trajectId: g.traject.id, hasWorksCouncil: true });
    const bossKp = await t.prisma.keyPerson.findFirstOrThrow({ where: { userId: boss.id } });
    await setSigners({ actor: boss, trajectId: g.traject.id, keyPersonIds: [bossKp.id] });
    const s = await signOffState({ actor: boss, trajectId: g.traject.id });
    await expect(confirmSigners({ actor: boss, trajectId: g.traject.id, signersHash: s.list.hash })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await setWorksCouncil({ actor: boss, trajectId: g.traject.id, hasWorksCouncil: false });
    await confirmSigners({ actor: boss, trajectId: g.traject.id, signersHash: s.list.hash });
  });
});

describe(`the tandem cannot create the employer's directie (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("a directie key person made by the trainer holds no directie rights until the admin (first) or a confirmed directie confirms", async () => {
    const f = await makeTraject(t.prisma);
    const { codeId } = await codeFor(f);
    const { admin } = await makeOutsiders(t.prisma);
    const hr = await hrPerson(f);
    await t.prisma.traject.update({ where: { id: f.traject.id }, data: { contactKeyPersonId: hr.id } });
    const made = await addKeyPerson({
      actor: f.trainer,
      input: { employerId: f.employer.id, name: "Hans Kok", email: `hans-${f.employer.id}@voorbeeld.nl`, function: "DIRECTIE" },
    });
    const account = await giveKeyPersonAccount({ actor: f.trainer, keyPersonId: made.id });
    const hans = actorOf({ id: account.id, role: "EMPLOYER", name: account.name, employerId: f.employer.id });
    // the contact person heard of both: the key person and the account
    expect(await t.prisma.outboxMail.count({ where: { kind: "keyPerson", to: hr.email } })).toBe(2);

    expect((await trajectAccess({ actor: hans, trajectId: f.traject.id })).relation).toBe("employerUser");
    await t.prisma.gedragscode.update({ where: { id: codeId }, data: { status: "VASTGESTELD", adoptedAt: new Date() } });
    await expect(reopenCode({ actor: hans, trajectId: f.traject.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      confirmDirectie({ actor: hans, trajectId: f.traject.id, keyPersonId: made.id, version: await versionOf(made.id) }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(confirmFirstDirectie({ actor: f.trainer, keyPersonId: made.id, version: await versionOf(made.id) })).rejects.toMatchObject(
      { code: "FORBIDDEN" },
    );

    await confirmFirstDirectie({ actor: admin, keyPersonId: made.id, version: await versionOf(made.id) });
    expect((await trajectAccess({ actor: hans, trajectId: f.traject.id })).relation).toBe("employerDirectie");
    await reopenCode({ actor: hans, trajectId: f.traject.id });

    // a second directie: not the admin's any more, but the confirmed directie's
    const second = await addKeyPerson({
      actor: f.trainer,
      input: { employerId: f.employer.id, name: "Ria Directie", email: `ria-${f.employer.id}@voorbeeld.nl`, function: "DIRECTIE" },
    });
    await expect(confirmFirstDirectie({ actor: admin, keyPersonId: second.id, version: await versionOf(second.id) })).rejects.toMatchObject(
      { code: "VALIDATION" },
    );
    await confirmDirectie({ actor: hans, trajectId: f.traject.id, keyPersonId: second.id, version: await versionOf(second.id) });
    expect((await t.prisma.keyPerson.findUniqueOrThrow({ where: { id: second.id } })).directieConfirmedById).toBe(hans.id);

    // the tandem cannot undo the employer's confirmation: no other name, address or function, no removal
    const ria = await t.prisma.keyPerson.findUniqueOrThrow({ where: { id: second.id } });
    const edit = (change: object) => ({
      keyPersonId: ria.id,
      version: ria.version,
      name: ria.name,
      email: ria.email,
      function: "DIRECTIE" as const,
      ...change,
    });
    for (const change of [{ email: "trainer-eigen@voorbeeld.nl" }, { function: "HR" as const }, { name: "Ria Anders" }])
      await expect(updateKeyPerson({ actor: f.trainer, input: edit(change) })).rejects.toMatchObject({
        code: "VALIDATION",
        message: expect.stringContaining("bevestigd als directie"),
      });
    await expect(removeKeyPerson({ actor: f.trainer, keyPersonId: ria.id })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await t.prisma.keyPerson.findUniqueOrThrow({ where: { id: ria.id } })).toMatchObject({ version: ria.version, name: ria.name });

    // the admin may; the confirmation drops with the address, and the contact and the remaining directie hear of it
    await updateKeyPerson({ actor: admin, input: edit({ email: "ria-nieuw@voorbeeld.nl" }) });
    expect((await t.prisma.keyPerson.findUniqueOrThrow({ where: { id: second.id } })).directieConfirmedAt).toBeNull();
    const told = await t.prisma.outboxMail.findMany({ where: { kind: "keyPerson", subject: { contains: "directie" } } });
    expect(told.map((m) => m.to).sort()).toEqual([hr.email, `hans-${f.employer.id}@voorbeeld.nl`].sort());
  });

  it("a confirmation is of the person as the confirmer saw them: a changed record is a conflict", async () => {
    const f = await makeTraject(t.prisma);
    const { admin } = await makeOutsiders(t.prisma);
    const made = await addKeyPerson({
      actor: f.trainer,
      input: { employerId: f.employer.id, name: "Hans Kok", email: `hans-${f.employer.id}@voorbeeld.nl`, function: "DIRECTIE" },
    });
    const seen = await versionOf(made.id);
    const before = await t.prisma.keyPerson.findUniqueOrThrow({ where: { id: made.id } });
    await updateKeyPerson({
      actor: f.trainer,
      input: {
        keyPersonId: made.id,
        version: before.version,
        name: before.name,
        email: "trainer-eigen@voorbeeld.nl",
        function: "DIRECTIE",
      },
    });
    await expect(confirmFirstDirectie({ actor: admin, keyPersonId: made.id, version: seen })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await t.prisma.keyPerson.findUniqueOrThrow({ where: { id: made.id } })).directieConfirmedAt).toBeNull();
    // the same for a confirmed directie confirming the next one
    const boss = await makeDirectie(t.prisma, f);
    const stale = await versionOf(made.id);
    await t.prisma.keyPerson.update({ where: { id: made.id }, data: { email: "weer-anders@voorbeeld.nl", version: { increment: 1 } } });
    await expect(confirmDirectie({ actor: boss, trajectId: f.traject.id, keyPersonId: made.id, version: stale })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await confirmDirectie({ actor: boss, trajectId: f.traject.id, keyPersonId: made.id, version: await versionOf(made.id) });
  });

  it("renaming someone on a confirmed list asks for a new confirmation", async () => {
    const f = await makeTraject(t.prisma);
    await codeFor(f);
    const directie = await makeDirectie(t.prisma, f);
    const dirKp = await t.prisma.keyPerson.findFirstOrThrow({ where: { userId: directie.id } });
    const or = await orPerson(f);
    await setSigners({ actor: f.trainer, trajectId: f.traject.id, keyPersonIds: [dirKp.id, or.id] });
    const { list } = await signOffState({ actor: directie, trajectId: f.traject.id });
    await confirmSigners({ actor: directie, trajectId: f.traject.id, signersHash: list.hash });
    expect((await signOffState({ actor: directie, trajectId: f.traject.id })).list.inEffect).toBe(true);
    await updateKeyPerson({
      actor: f.trainer,
      input: { keyPersonId: or.id, version: or.version, name: "Hans Kok", email: or.email, function: "ONDERNEMINGSRAAD" },
    });
    expect((await signOffState({ actor: directie, trajectId: f.traject.id })).list).toMatchObject({
      inEffect: false,
      changedSinceConfirmed: true,
    });
  });
});
