import "server-only";
import { EXPERT_ACCEPTED } from "@/lib/auth/capabilities";
import type { Tx } from "@/lib/db";

/** Who hears about the code's signatures beside the signers: the employer's name, the trainer and the accepted experts. */
export async function employerAndTandem(tx: Tx, trajectId: string) {
  const traject = await tx.traject.findUniqueOrThrow({
    where: { id: trajectId },
    select: {
      employer: { select: { name: true } },
      trainer: { select: { name: true, email: true } },
      assignments: { where: { status: { in: [...EXPERT_ACCEPTED] } }, select: { expert: { select: { name: true, email: true } } } },
    },
  });
  return { employerName: traject.employer.name, tandem: [traject.trainer, ...traject.assignments.map((a) => a.expert)] };
}
