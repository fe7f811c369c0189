import type { PrismaClient } from "../../lib/generated/prisma/client";
import { newLinkToken } from "../../lib/link-tokens";
import { installBundledContent } from "../../lib/content/install";
import { ensureFirstRound } from "../../lib/scan/rounds/rounds";

/** One traject with N invited respondents, each with an opened draft response. */
export async function seedBenchRespondents(prisma: PrismaClient, n: number) {
  const questionnaire = await installBundledContent(prisma);
  const employer = await prisma.employer.create({ data: { name: "Benchmark BV", sector: "Test" } });
  const trainer = await prisma.user.create({
    data: { email: `bench-${Date.now()}@voorbeeld.nl`, name: "Bench Trainer", role: "TRAINER", passwordHash: "x" },
  });
  const traject = await prisma.traject.create({
    data: { employerId: employer.id, trainerId: trainer.id, status: "SCAN_OPEN", questionnaireId: questionnaire.id },
  });
  const round = await ensureFirstRound(prisma, traject.id);
  const out: { token: string; responseId: string }[] = [];
  for (let i = 0; i < n; i++) {
    const { token, tokenHash } = newLinkToken();
    const inv = await prisma.scanInvitation.create({
      data: {
        trajectId: traject.id,
        roundId: round.id,
        name: `Respondent ${i + 1}`,
        email: `r${i}@voorbeeld.nl`,
        function: "HR",
        tokenHash,
        expiresAt: new Date(Date.now() + 86400_000),
        createdById: trainer.id,
      },
    });
    const response = await prisma.scanResponse.create({
      data: { invitationId: inv.id, trajectId: traject.id, roundId: round.id, questionnaireId: questionnaire.id },
    });
    out.push({ token, responseId: response.id });
  }
  return out;
}
