import { invitationRowAction } from "../actions";
import type { InvitationRow, InvitationState } from "@/lib/scan/invitations/queries";
import { formatDate } from "@/lib/dates";
import { RESPONDENT_FUNCTION_LABEL } from "@/lib/trajecten/labels";
import { RowAction } from "@/components/scan/row-action";

const STATE_LABEL: Record<InvitationState, string> = {
  sent: "Verstuurd",
  opened: "Geopend",
  in_progress: "Bezig",
  submitted: "Ingevuld",
  expired: "Verlopen",
  revoked: "Ingetrokken",
};

function stateText(r: InvitationRow) {
  if (r.state === "in_progress") return `Bezig: ${r.answered} van ${r.total} beantwoord`;
  if (r.state === "submitted") return `Ingevuld op ${formatDate(r.submittedAt)}`;
  if (r.state === "opened") return `Geopend op ${formatDate(r.openedAt)}`;
  if (r.state === "sent") return `Verstuurd op ${formatDate(r.sentAt)}${r.sendCount > 1 ? ` (${r.sendCount}×)` : ""}`;
  return STATE_LABEL[r.state];
}

/** `roundOpen`: the scan round takes answers; once it closed a reminder or a new link would lead nowhere. */
export function InvitationTable({ rows, roundOpen = true }: { rows: InvitationRow[]; roundOpen?: boolean }) {
  if (rows.length === 0) return <p className="text-slate-700">Nog niemand uitgenodigd.</p>;
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Uitnodigingen, horizontaal scrollbaar">
      <table className="w-full min-w-[40rem] text-left text-sm" data-testid="invitation-table">
        <caption className="sr-only">Uitgenodigde personen en hoe ver zij zijn met de scan</caption>
        <thead className="border-b border-brand-100 text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3">
              Naam
            </th>
            <th scope="col" className="py-2 pr-3">
              Functie
            </th>
            <th scope="col" className="py-2 pr-3">
              Stand
            </th>
            <th scope="col" className="py-2 pr-3">
              Herinneringen
            </th>
            <th scope="col" className="py-2">
              Acties
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const open = roundOpen && r.state !== "submitted" && r.state !== "revoked";
            return (
              <tr key={r.id} className="border-b border-slate-100 align-top">
                <th scope="row" className="py-3 pr-3 font-semibold">
                  {r.name}
                  <span className="block font-normal text-slate-600">{r.email}</span>
                </th>
                <td className="py-3 pr-3">{RESPONDENT_FUNCTION_LABEL[r.function]}</td>
                <td className="py-3 pr-3" data-testid={`state-${r.email}`}>
                  {stateText(r)}
                </td>
                <td className="py-3 pr-3">{r.reminderCount > 0 ? `${r.reminderCount}× (laatst ${formatDate(r.lastReminderAt)})` : "—"}</td>
                <td className="flex flex-wrap gap-2 py-3">
                  {open ? (
                    <RowAction action={invitationRowAction} fields={{ kind: "remind", invitationId: r.id }} label="Herinneren" />
                  ) : null}
                  {open ? (
                    <RowAction action={invitationRowAction} fields={{ kind: "resend", invitationId: r.id }} label="Opnieuw sturen" />
                  ) : null}
                  {r.state === "submitted" ? (
                    <RowAction
                      action={invitationRowAction}
                      fields={{ kind: "reopen", invitationId: r.id }}
                      label="Heropenen"
                      confirm={`De scan van ${r.name} heropenen, zodat hij of zij weer kan wijzigen?`}
                    />
                  ) : null}
                  {r.state !== "revoked" ? (
                    <RowAction
                      action={invitationRowAction}
                      fields={{ kind: "revoke", invitationId: r.id }}
                      label="Intrekken"
                      confirm={`De uitnodiging van ${r.name} intrekken? De link werkt daarna niet meer.`}
                    />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
