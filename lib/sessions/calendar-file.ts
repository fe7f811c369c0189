import "server-only";
import { db } from "@/lib/db";
import { assertTrajectCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { calendarFile } from "@/lib/calendar/ics";
import { notFound } from "@/lib/errors";
import { trajectFileSlug, trajectNameParts, trajectTitle } from "@/lib/format/traject-name";
import { readOrganisation } from "@/lib/organisation/settings";
import { calendarProduct } from "@/lib/organisation/texts";
import { listedEventOf, sessionForCalendar } from "./calendar-sync";

/** One session as an .ics file, for whoever may see the traject (a planned session with a date only). */
export async function sessionIcsForActor({ actor, trajectId, number }: { actor: Actor; trajectId: string; number: number }) {
  await assertTrajectCapability({ actor, trajectId, capability: "traject:view" });
  if (!Number.isInteger(number) || number < 1 || number > 3) throw notFound("Deze bijeenkomst");
  const s = await db().trajectSession.findUnique({
    where: { trajectId_number: { trajectId, number } },
    include: sessionForCalendar,
  });
  if (!s || !s.scheduledAt) throw notFound("Deze bijeenkomst");
  const name = trajectNameParts(s.traject);
  const org = await readOrganisation();
  const ics = calendarFile(`${org.programmeName} – ${trajectTitle(name)}`, [listedEventOf(s)], calendarProduct(org));
  return { ics, fileName: `bijeenkomst-${number}-${trajectFileSlug(name).toLowerCase()}.ics` };
}
