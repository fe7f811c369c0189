import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { formatDateTime } from "@/lib/dates";
import { summariseRoomAction } from "../summary-actions";

/** Where the summary of a session is read again: under its session on the Bijeenkomsten page. */
export const summaryHref = (trajectId: string, sessionNumber: number) =>
  `/trajecten/${trajectId}/bijeenkomsten#samenvatting-${sessionNumber}`;

function ReadAgain({ trajectId, sessionNumber }: { trajectId: string; sessionNumber: number }) {
  return (
    <Link href={summaryHref(trajectId, sessionNumber)} className="font-semibold text-brand-800 underline underline-offset-2">
      Samenvatting opnieuw bekijken
    </Link>
  );
}

/**
 * "Sessie afronden" for the facilitator's room panel: what it does, then a confirmation (a disclosure:
 * keyboard and no JavaScript work). Once done, when and a link to read the summary again. The version is
 * the room's as this page showed it: a change by the other facilitator since is a conflict, not a surprise.
 */
export function SummariseForm({
  trajectId,
  sessionNumber,
  room,
  closed = false,
}: {
  trajectId: string;
  sessionNumber: number;
  room: { id: string; version: number; summarisedAt: Date | null };
  /** the participation is already closed: the phones will not show it */
  closed?: boolean;
}) {
  if (room.summarisedAt)
    return (
      <p className="text-sm text-slate-800" data-testid="summarised">
        De sessie is afgerond op {formatDateTime(room.summarisedAt)}; de samenvatting is gemaild.{" "}
        <ReadAgain trajectId={trajectId} sessionNumber={sessionNumber} />
      </p>
    );
  return (
    <details className="rounded-lg border border-brand-200 bg-brand-50 p-4" data-testid="summarise">
      <summary className="cursor-pointer font-semibold text-brand-800 underline underline-offset-2">Sessie afronden</summary>
      <div className="mt-3 space-y-2 text-sm text-slate-800">
        <p>
          De samenvatting gaat per e-mail naar iedereen op de lijst van deze bijeenkomst en naar de trainer en de ervaringsdeskundige, met
          de gedragscode zoals hij nu is als PDF erbij.{" "}
          {closed
            ? "De deelname vanaf telefoons is al gesloten: wie alleen op de telefoon meedeed, ziet hem daar niet meer."
            : "Wie op de telefoon meedoet, leest hem daar tot u de deelname sluit."}
        </p>
        <p>
          In de samenvatting: wie er waren, wat de groep het belangrijkst vond, de afspraken, de volgende stappen en hoe het verder gaat.
          Kaarten die geen afspraak werden, gaan niet mee: die blijven voor u bij de bijeenkomsten.
        </p>
        <p>{closed ? "Dit kan één keer." : "Daarna kan niemand meer een kaart toevoegen of stemmen. Dit kan één keer."}</p>
        <ActionForm
          action={summariseRoomAction}
          submitLabel="Ja, sessie afronden"
          className="space-y-2"
          done={<ReadAgain trajectId={trajectId} sessionNumber={sessionNumber} />}
        >
          <input type="hidden" name="trajectId" value={trajectId} />
          <input type="hidden" name="roomId" value={room.id} />
          <input type="hidden" name="version" value={room.version} />
        </ActionForm>
      </div>
    </details>
  );
}
