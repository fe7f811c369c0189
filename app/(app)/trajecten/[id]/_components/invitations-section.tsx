import Link from "next/link";
import { roundLabel } from "@/lib/scan/rounds/rounds";
import { inviteAction, remindAllAction } from "../actions";
import type { InvitableKeyPersons, InvitationRow } from "@/lib/scan/invitations/queries";
import { InvitationTable } from "./invitation-table";
import { InviteForm } from "./invite-form";
import { RowAction } from "@/components/ui/row-action";

export function InvitationsSection({
  trajectId,
  round,
  rows,
  defaultDeadline,
  minimum,
  invitable,
}: {
  trajectId: string;
  /** the employer's key persons the form offers (invitableKeyPersons) */
  invitable: InvitableKeyPersons;
  /** the newest scan round: its invitations are listed, and new ones go there while it is open */
  round: { number: number; open: boolean };
  rows: InvitationRow[];
  defaultDeadline: string;
  /** the privacy minimum (docs/privacy.md#minimum): fewer respondents and the employer sees no figures */
  minimum: number;
}) {
  const submitted = rows.filter((r) => r.state === "submitted").length;
  const active = rows.filter((r) => r.state !== "revoked").length;
  return (
    <section aria-labelledby="scan-titel" className="mt-8 rounded-xl border border-brand-100 bg-white p-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="scan-titel" className="text-lg font-semibold text-brand-800">
            {round.number === 1 ? "Mental Health-bedrijfsscan" : roundLabel(round.number)}
          </h2>
          <p className="text-sm text-slate-700">
            {submitted} van {active} uitgenodigden hebben de scan ingevuld.
          </p>
        </div>
        {round.open ? (
          <RowAction action={remindAllAction} fields={{ trajectId }} label="Herinnering aan iedereen die nog niet klaar is" />
        ) : null}
      </div>
      <div className="mt-4">
        <InvitationTable rows={rows} roundOpen={round.open} />
      </div>
      {round.open ? (
        <InviteSomeone
          trajectId={trajectId}
          defaultDeadline={defaultDeadline}
          minimum={minimum}
          first={active === 0}
          invitable={invitable}
        />
      ) : (
        <p className="mt-4 text-sm text-slate-700">
          Deze scan is gesloten: de links slaan geen nieuwe antwoorden meer op. Een vervolgscan start u op de pagina{" "}
          <Link href={`/trajecten/${trajectId}/opvolging`} className="font-medium text-brand-700 underline underline-offset-4">
            Opvolging
          </Link>{" "}
          als het traject is afgerond.
        </p>
      )}
    </section>
  );
}

function InviteSomeone({
  trajectId,
  defaultDeadline,
  minimum,
  first,
  invitable,
}: {
  trajectId: string;
  defaultDeadline: string;
  minimum: number;
  first: boolean;
  invitable: InvitableKeyPersons;
}) {
  return (
    <>
      <h3 id="uitnodigen-titel" className="mb-3 mt-6 font-semibold text-brand-800">
        Mensen uitnodigen
      </h3>
      {first ? (
        <p className="mb-3 max-w-2xl rounded-lg border-l-4 border-brand-600 bg-brand-50 p-3 text-sm text-slate-800">
          Nodig minstens {minimum} mensen uit, liever vijf of meer. Vullen er minder dan {minimum} de scan in, dan ziet de werkgever geen
          cijfers, zodat niemand herkenbaar wordt; alleen de aandachtspunten, zonder cijfers. U bespreekt de uitkomsten dan in de
          bijeenkomst.
        </p>
      ) : null}
      <p className="mb-4 text-sm text-slate-700">
        Nodig 3 tot 8 sleutelpersonen uit (directie, HR, leidinggevenden, soms OR of medewerkers). Wie nog niet is uitgenodigd, staat al
        aangevinkt. Ieder krijgt een persoonlijke link per e-mail.
      </p>
      <InviteForm
        trajectId={trajectId}
        defaultDeadline={defaultDeadline}
        employerName={invitable.employerName}
        keyPersons={invitable.keyPersons}
        mayAddKeyPerson={invitable.mayAddKeyPerson}
        action={inviteAction}
      />
    </>
  );
}
