// Closing and reopening a scan as the trainer does it: "Scan sluiten" (tests/support/close-scan.ts) and
// the exception "scan heropenen". For tests of what the employer then sees; returns the snapshot's outcome.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setTrajectStatus } from "@/lib/planning/planning";
import type { TrajectFixture } from "@/tests/factories";
import { closeScanAsTrainer } from "./close-scan";

export async function closeScanForTest(prisma: PrismaClient, f: TrajectFixture) {
  return (await closeScanAsTrainer(prisma, f)).snapshot;
}

export async function reopenScanForTest(prisma: PrismaClient, f: TrajectFixture) {
  const { version } = await prisma.traject.findUniqueOrThrow({ where: { id: f.traject.id }, select: { version: true } });
  await setTrajectStatus({ actor: f.trainer, trajectId: f.traject.id, status: "SCAN_OPEN", version });
}
