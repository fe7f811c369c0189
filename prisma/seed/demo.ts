import type { PrismaClient } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import { installBundledContent } from "../../lib/content/install";
import { createCertificate } from "../../lib/certificates/issue";
import { encryptTotpSecret } from "../../lib/auth/totp";
import { ADMIN, DEMO_PASSWORD, DEMO_TOTP_SECRET, EMPLOYERS, EXPERTS, TRAINERS } from "./people";
import { seedFollowUpTraject, seedLindeTraject, seedRivierstadTraject, seedVanDijkTraject } from "./trajects";

export interface SeedSummary {
  users: number;
  employers: number;
  trajects: number;
  scanLinks: { name: string; url: string }[];
}

/** Creates what is missing and leaves everything else alone. */
export async function seedDemo(prisma: PrismaClient, appUrl = "http://localhost:3000"): Promise<SeedSummary> {
  const questionnaire = await installBundledContent(prisma);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const upsertUser = (data: { email: string; name: string; role: "ADMIN" | "TRAINER" | "EXPERT" | "EMPLOYER"; employerId?: string }) =>
    prisma.user.upsert({
      where: { email: data.email },
      update: {},
      create: { ...data, passwordHash, demo: true, totpSecret: encryptTotpSecret(DEMO_TOTP_SECRET), totpEnabledAt: new Date() },
    });

  await upsertUser({ ...ADMIN, role: "ADMIN" });
  const trainers = await Promise.all(TRAINERS.map((t) => upsertUser({ ...t, role: "TRAINER" })));
  const experts = [];
  for (const e of EXPERTS) {
    const user = await upsertUser({ email: e.email, name: e.name, role: "EXPERT" });
    await prisma.expertProfile.upsert({ where: { userId: user.id }, update: {}, create: { userId: user.id, ...e.profile } });
    // certified: a certificate of the demo's first cohort, issued by the admin (once)
    if (e.certified && (await prisma.certificate.count({ where: { userId: user.id } })) === 0)
      await createCertificate(prisma, {
        userId: user.id,
        name: user.name,
        cohortId: null,
        cohortName: "Eerste cohort",
        issuedByName: ADMIN.name,
      });
    experts.push(user);
  }
  // key persons: one per person; the employer accounts are key persons with an account
  const employerUsers: Record<string, { id: string; keyPersonId: string; fn: string }[]> = {};
  for (const emp of EMPLOYERS) {
    await prisma.employer.upsert({
      where: { id: emp.id },
      update: {},
      create: {
        id: emp.id,
        name: emp.name,
        sector: emp.sector,
        city: emp.city,
        demo: true,
        // every demo employer has an OR (a key person too): its signature is part of adopting the code
        hasWorksCouncil: true,
        responsibleTrainerId: trainers[emp.trainer]!.id,
      },
    });
    await prisma.werkvloer.upsert({ where: { id: emp.werkvloer.id }, update: {}, create: { ...emp.werkvloer, employerId: emp.id } });
    employerUsers[emp.id] = [];
    const keyPerson = (p: { email: string; name: string; fn: string }, userId?: string) =>
      prisma.keyPerson.upsert({
        where: { employerId_email: { employerId: emp.id, email: p.email } },
        update: {},
        // the demo's directie is confirmed as ECIO's admin would (issue 20), so it can confirm signers and sign
        create: {
          employerId: emp.id,
          email: p.email,
          name: p.name,
          function: p.fn as "HR",
          userId,
          directieConfirmedAt: p.fn === "DIRECTIE" ? new Date() : null,
        },
      });
    for (const u of emp.users) {
      const user = await upsertUser({ email: u.email, name: u.name, role: "EMPLOYER", employerId: emp.id });
      const person = await keyPerson(u, user.id);
      employerUsers[emp.id]!.push({ id: user.id, keyPersonId: person.id, fn: u.fn });
    }
    for (const p of emp.keyPersons) await keyPerson(p);
  }

  const ctx = { prisma, questionnaireId: questionnaire.id, appUrl, trainers, experts, employerUsers };
  const scanLinks = [
    ...(await seedLindeTraject(ctx)),
    ...(await seedVanDijkTraject(ctx)),
    ...(await seedRivierstadTraject(ctx)),
    ...(await seedFollowUpTraject(ctx)),
  ];
  // compensation: the rates, and Sanne's claim for the held session at De Linde, waiting for the trainer
  await prisma.compensationRates.upsert({
    where: { id: "rates" },
    update: {},
    create: { id: "rates", hourlyCents: 1500, perKmCents: 23, version: 2 },
  });
  const held = await prisma.trajectSession.findFirst({ where: { trajectId: "demo-traject-linde", number: 1, status: "HELD" } });
  if (held?.scheduledAt)
    await prisma.compensationClaim.upsert({
      where: { sessionId_expertId: { sessionId: held.id, expertId: experts[0]!.id } },
      update: {},
      create: {
        sessionId: held.id,
        expertId: experts[0]!.id,
        sessionDate: held.scheduledAt,
        sessionNumber: 1,
        employerName: "Zorggroep De Linde",
        preparationMinutes: 90,
        sessionMinutes: 180,
        travelMinutes: 60,
        travelMode: "CAR",
        distanceTenthKm: 460,
        note: "Heen en terug vanaf Utrecht",
      },
    });
  return {
    users: await prisma.user.count(),
    employers: await prisma.employer.count(),
    trajects: await prisma.traject.count(),
    scanLinks,
  };
}

export type SeedContext = {
  prisma: PrismaClient;
  questionnaireId: string;
  appUrl: string;
  trainers: { id: string; name: string }[];
  experts: { id: string; name: string }[];
  employerUsers: Record<string, { id: string; keyPersonId: string; fn: string }[]>;
};
