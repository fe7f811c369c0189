// "Scan sluiten" as the trainer does it: look at the confirmation's figures, then confirm them
// (lib/trajecten/close-scan.ts). For tests whose subject is what follows the close.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { closeScan, scanCloseOverview } from "@/lib/trajecten/close-scan";
import type { TrajectFixture } from "@/tests/factories";

export async function closeScanAsTrainer(prisma: PrismaClient, f: Pick<TrajectFixture, "traject" | "trainer">) {
  const { submitted } = await scanCloseOverview({ actor: f.trainer, trajectId: f.traject.id });
  const { version } = await prisma.traject.findUniqueOrThrow({ where: { id: f.traject.id }, select: { version: true } });
  return closeScan({ actor: f.trainer, input: { trajectId: f.traject.id, version, submitted } });
}
