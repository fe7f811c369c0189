import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addClause } from "@/lib/gedragscode/clauses";
import { currentContent } from "@/lib/gedragscode/content";
import { makeDirectie, makeTraject } from "@/tests/factories";

/**
 * A traject whose concept code has one afspraak and the default signers: a confirmed directie, HR (the
 * employer user) and an OR member without an account. `hash()` is the content's hash as it is now.
 */
export async function codeWithSigners(prisma: PrismaClient) {
  const f = await makeTraject(prisma);
  const directie = await makeDirectie(prisma, f);
  const or = await prisma.keyPerson.create({
    data: { employerId: f.employer.id, name: "Olga OR", email: `olga-${f.employer.id}@voorbeeld.nl`, function: "ONDERNEMINGSRAAD" },
  });
  const { result } = await addClause({
    actor: f.employerUser,
    input: {
      trajectId: f.traject.id,
      section: "UITGANGSPUNTEN",
      title: "Rolzuiverheid",
      body: "We vragen naar werk, niet naar de diagnose.",
    },
  });
  const codeId = (await prisma.gedragscode.findUniqueOrThrow({ where: { trajectId: f.traject.id } })).id;
  const hash = async () => (await currentContent(prisma, codeId)).hash;
  return { f, directie, or, codeId, clauseId: result.clauseIds[0]!, hash };
}
