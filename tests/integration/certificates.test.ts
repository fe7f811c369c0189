import fs from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { createCertificate } from "@/lib/certificates/issue";
import { certifiedIds, isCertified } from "@/lib/certificates/status";
import { revokeCertificate } from "@/lib/certificates/revoke";
import { NO_CERTIFICATE, checkCertificate, CHECKS_PER_ADDRESS } from "@/lib/certificates/check";
import { certificatePdfForActor, certificatesOfUser, ownCertificates } from "@/lib/certificates/queries";
import { CERTIFICATE_ALPHABET, formatCertificateCode, normaliseCertificateCode } from "@/lib/certificates/code";
import { describeAuditAction } from "@/lib/logbook/actions";
import { exportOwnData } from "@/lib/privacy/own-data";
import { exportCandidate } from "@/lib/privacy/candidates";
import { listExpertsForTraject } from "@/lib/trajecten/expert-matching";
import { assignExpert } from "@/lib/planning/planning";
import { adminTasks } from "@/lib/tasks/admin";
import { getMonitoringSummary } from "@/lib/monitoring/queries";
import { actorOf, makeOutsiders, makeTraject, makeUser } from "@/tests/factories";
import { setupTestDb } from "@/tests/support/test-db";
import CertificateCheckPage from "@/app/certificaat/[code]/page";

// Issue 27 item 4 (docs/decisions/036-certificates.md): the certified state is a certificate that is
// not revoked; matching and the request go by it; the admin revokes; the public check gives one neutral
// answer for everything that is not a valid certificate, rate-limited per address; the migration took
// the experts certified by the old flag over.

const client = vi.hoisted(() => ({ address: "198.51.100.1" as string | null }));
vi.mock("@/lib/security/request-client", () => ({ requestClientAddress: async () => client.address }));

const t = setupTestDb();

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string; message?: string }) => `${e.code}: ${e.message}`,
  );

/** The public page as the server renders it, from a fresh address each time unless told otherwise. */
let nextAddress = 0;
async function publicPage(code: string, address = `203.0.113.${++nextAddress}`) {
  client.address = address;
  return renderToStaticMarkup(createElement("div", null, await CertificateCheckPage({ params: Promise.resolve({ code }) })));
}

describe(`certificates (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("issued, certified; revoked by the admin (audited, confirmed once), no longer certified; the public page says only the neutral words for revoked, unknown, malformed and erased", async () => {
    const { admin, other } = await makeOutsiders(t.prisma);
    const expert = actorOf(await makeUser(t.prisma, "EXPERT", { name: "Sanne Certificaat", certified: false }));
    expect(await isCertified(expert.id)).toBe(false);
    const issued = await t.prisma.$transaction((tx) =>
      createCertificate(tx, {
        userId: expert.id,
        name: expert.name,
        cohortId: null,
        cohortName: "Voorjaar 2027",
        issuedByName: admin.name,
      }),
    );
    expect(normaliseCertificateCode(issued.code)).toBe(issued.code);
    expect(await isCertified(expert.id)).toBe(true);
    expect(await certifiedIds([expert.id, other.trainer.id])).toEqual(new Set([expert.id]));
    expect((await ownCertificates(expert)).map((c) => c.formattedCode)).toEqual([formatCertificateCode(issued.code)]);

    // valid: name, cohort, date; typed in lower case with spaces it is the same certificate
    const valid = await publicPage(issued.code);
    expect(valid).toContain("Dit certificaat is geldig.");
    expect(valid).toContain("Sanne Certificaat");
    expect(valid).toContain("Voorjaar 2027");
    expect(
      await checkCertificate({ code: formatCertificateCode(issued.code).toLowerCase().replace("-", " "), clientAddress: "192.0.2.1" }),
    ).toMatchObject({
      valid: true,
      name: "Sanne Certificaat",
    });
    expect(valid).not.toContain(expert.id);

    // only the admin revokes; the trainer and the expert are refused and nothing changes
    for (const actor of [other.trainer, expert])
      expect(await refusal(revokeCertificate({ actor, input: { certificateId: issued.id } }))).toMatch(/^FORBIDDEN/);
    expect(await isCertified(expert.id)).toBe(true);
    await revokeCertificate({ actor: admin, input: { certificateId: issued.id } });
    expect(await refusal(revokeCertificate({ actor: admin, input: { certificateId: issued.id } }))).toBe(
      "CONFLICT: Dit certificaat was al ingetrokken.",
    );
    expect(await refusal(revokeCertificate({ actor: admin, input: { certificateId: "bestaat-niet" } }))).toMatch(/^NOT_FOUND/);
    expect(await isCertified(expert.id)).toBe(false);
    const events = await t.prisma.auditEvent.findMany({ where: { action: "certificate.revoke" } });
    expect(events).toEqual([expect.objectContaining({ entityType: "Certificate", entityId: issued.id, actorLabel: admin.name })]);
    expect(describeAuditAction("certificate.revoke")).toBe("Certificaat van een ervaringsdeskundige ingetrokken");
    const forAdmin = await certificatesOfUser({ actor: admin, userId: expert.id });
    expect(forAdmin.certificates).toEqual([expect.objectContaining({ revokedByName: admin.name })]);
    expect(await ownCertificates(expert)).toEqual([]);
    // the expert no longer downloads a revoked one; the admin still can (it says it is revoked)
    expect(await refusal(certificatePdfForActor({ actor: expert, certificateId: issued.id }))).toMatch(/^NOT_FOUND/);
    expect((await certificatePdfForActor({ actor: admin, certificateId: issued.id })).pdf.length).toBeGreaterThan(1000);

    // one neutral page for revoked, unknown (well-formed), malformed (a typo, the wrong length, junk) and erased
    const revoked = await publicPage(issued.code);
    const body = issued.code.slice(0, 10);
    const unknownBody = body.split("").reverse().join("") === body ? "ABCDEFGHJK" : body.split("").reverse().join("");
    const unknown = await publicPage(wellFormed(unknownBody));
    const typo = await publicPage(body + CERTIFICATE_ALPHABET[(CERTIFICATE_ALPHABET.indexOf(issued.code.at(-1)!) + 1) % 29]);
    const short = await publicPage("ABC");
    const junk = await publicPage("%00<script>");
    const erasedExpert = await makeUser(t.prisma, "EXPERT", { name: "Wordt Gewist" });
    const erasedCode = (await t.prisma.certificate.findFirstOrThrow({ where: { userId: erasedExpert.id } })).code;
    expect(await publicPage(erasedCode)).toContain("Wordt Gewist");
    await t.prisma.user.delete({ where: { id: erasedExpert.id } }); // erasure of the account: its certificates cascade
    expect(await t.prisma.certificate.count({ where: { userId: erasedExpert.id } })).toBe(0);
    const erased = await publicPage(erasedCode);
    expect(revoked).toContain(NO_CERTIFICATE);
    for (const page of [unknown, typo, short, junk, erased]) expect(page).toBe(revoked);
    expect(revoked).not.toContain("Sanne");
  });

  it("the public check is limited per address, counted before anything is looked up: another address still checks", async () => {
    const expert = await makeUser(t.prisma, "EXPERT");
    const { code } = await t.prisma.certificate.findFirstOrThrow({ where: { userId: expert.id } });
    for (let i = 0; i < CHECKS_PER_ADDRESS.limit; i++)
      await checkCertificate({ code: i % 2 ? "fout" : code, clientAddress: "2001:db8:1:2::7" });
    // the same /64: limited, with the right code too; the page says so in Dutch
    expect(await refusal(checkCertificate({ code, clientAddress: "2001:db8:1:2::99" }))).toMatch(
      /^RATE_LIMITED: U heeft vanaf dit apparaat/,
    );
    expect(await publicPage(code, "2001:db8:1:2::8")).toContain("Wacht tien minuten");
    expect(await checkCertificate({ code, clientAddress: "2001:db8:1:3::7" })).toMatchObject({ valid: true });
  });

  it("matching offers only certified experts, and the request refuses an uncertified or revoked one with nothing stored", async () => {
    const f = await makeTraject(t.prisma);
    const { admin } = await makeOutsiders(t.prisma);
    const certified = await makeUser(t.prisma, "EXPERT", { name: "Aa Gecertificeerd" });
    const never = await makeUser(t.prisma, "EXPERT", { name: "Bb Nooit", certified: false });
    const revoked = await makeUser(t.prisma, "EXPERT", { name: "Cc Ingetrokken" });
    const revokedCertificate = await t.prisma.certificate.findFirstOrThrow({ where: { userId: revoked.id } });
    await revokeCertificate({ actor: admin, input: { certificateId: revokedCertificate.id } });

    const names = (await listExpertsForTraject({ actor: f.trainer, trajectId: f.traject.id })).map((o) => o.name);
    expect(names).toContain("Aa Gecertificeerd");
    expect(names).not.toContain("Bb Nooit");
    expect(names).not.toContain("Cc Ingetrokken");

    const before = await Promise.all([t.prisma.expertAssignment.count(), t.prisma.outboxMail.count(), t.prisma.auditEvent.count()]);
    for (const [expert, name] of [
      [never, "Bb Nooit"],
      [revoked, "Cc Ingetrokken"],
    ] as const)
      expect(await refusal(assignExpert({ actor: f.trainer, trajectId: f.traject.id, expertId: expert.id }))).toBe(
        `VALIDATION: ${name} heeft geen geldig certificaat en kan daarom niet gevraagd worden. Kies een gecertificeerde ervaringsdeskundige uit de lijst.`,
      );
    expect(await Promise.all([t.prisma.expertAssignment.count(), t.prisma.outboxMail.count(), t.prisma.auditEvent.count()])).toEqual(
      before,
    );
    await assignExpert({ actor: f.trainer, trajectId: f.traject.id, expertId: certified.id });

    // an expert linked before the revocation stays listed (so the trainer can unlink them), saying why
    await t.prisma.expertAssignment.create({ data: { trajectId: f.traject.id, expertId: revoked.id, status: "INVITED" } });
    const linked = (await listExpertsForTraject({ actor: f.trainer, trajectId: f.traject.id })).find((o) => o.id === revoked.id);
    expect(linked?.why).toContain("Geen geldig certificaat: wordt niet meer aangeboden.");

    // the admin's figures and next step count certificates, not a flag
    expect((await getMonitoringSummary(admin)).certifiedExperts).toBe(3); // f.expert, f's outsider's expert, Aa
    expect((await adminTasks(admin)).find((task) => task.key === "certify")?.title).toBe(
      "2 ervaringsdeskundigen zijn nog niet gecertificeerd",
    );
  });

  it("the expert's own export and the admin's AVG export of the person hold their certificates, with the code", async () => {
    const { admin } = await makeOutsiders(t.prisma);
    const expert = actorOf(await makeUser(t.prisma, "EXPERT"));
    const mine = JSON.parse((await exportOwnData(expert)).json);
    const certificate = expect.objectContaining({
      cohortName: "Testcohort",
      issuedByName: "Testfabriek",
      revokedAt: null,
      formattedCode: expect.any(String),
    });
    expect(mine.certificates).toEqual([certificate]);
    expect(mine.expertProfile ?? {}).not.toHaveProperty("certified");
    // the admin's export of a person goes by their candidate record (lib/privacy/candidates.ts)
    const candidate = await t.prisma.expertCandidate.create({
      data: { name: expert.name, email: "kandidaat-certificaat@voorbeeld.nl", channel: "ONLINE", status: "IN_COHORT", userId: expert.id },
    });
    const exported = JSON.parse((await exportCandidate({ actor: admin, candidateId: candidate.id })).json);
    expect(exported.account.certificates).toEqual([certificate]);
  });

  it("the migration gives every expert certified by the old flag one certificate marked overgenomen, with a code that passes the check", async () => {
    const sql = fs.readFileSync("prisma/migrations/20261208120000_certified_from_certificates/migration.sql", "utf8");
    const takeover = /-- takeover:begin\n([^]*?)-- takeover:end/.exec(sql)?.[1];
    expect(takeover).toMatch(/^INSERT INTO "Certificate"/);
    // the flag as it was before the migration dropped it
    await t.exec(`ALTER TABLE "ExpertProfile" ADD COLUMN "certified" BOOLEAN NOT NULL DEFAULT false`);
    try {
      const experts = await Promise.all(
        Array.from({ length: 40 }, (_, i) => makeUser(t.prisma, "EXPERT", { name: `Expert ${i}`, certified: false })),
      );
      await t.prisma.expertProfile.createMany({ data: experts.map((e) => ({ userId: e.id, experienceThemes: [] })) });
      const flagged = experts.slice(0, 30);
      // one of them already holds a valid certificate: no second one
      await t.prisma.$transaction((tx) =>
        createCertificate(tx, { userId: flagged[0]!.id, name: flagged[0]!.name, cohortId: null, cohortName: "Al", issuedByName: "X" }),
      );
      await t.exec(`UPDATE "ExpertProfile" SET "certified" = true WHERE "userId" IN (${flagged.map((e) => `'${e.id}'`).join(", ")})`);
      await t.exec(takeover!);

      const taken = await t.prisma.certificate.findMany({ where: { takenOver: true }, include: { user: { select: { name: true } } } });
      expect(taken).toHaveLength(29);
      for (const c of taken) {
        expect(normaliseCertificateCode(c.code), c.code).toBe(c.code);
        expect(c).toMatchObject({ name: c.user.name, cohortId: null, cohortName: null, issuedByName: "Overgenomen", revokedAt: null });
      }
      expect(new Set(taken.map((c) => c.code)).size).toBe(29);
      expect(await certifiedIds(experts.map((e) => e.id))).toEqual(new Set(flagged.map((e) => e.id)));
      // the public page says "overgenomen" for the cohort
      expect(await publicPage(taken[0]!.code)).toContain("overgenomen");
    } finally {
      await t.exec(`ALTER TABLE "ExpertProfile" DROP COLUMN "certified"`);
    }
  });
});

/** A well-formed code for this body: the check character that makes it pass normaliseCertificateCode. */
function wellFormed(body: string): string {
  for (const c of CERTIFICATE_ALPHABET) if (normaliseCertificateCode(body + c)) return body + c;
  throw new Error("no check character");
}
