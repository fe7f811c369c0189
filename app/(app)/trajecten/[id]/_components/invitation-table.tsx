import { invitationRowAction } from "../actions";
import { INVITATION_STATE_LABEL } from "@/lib/scan/invitations/labels";
import type { InvitationRow } from "@/lib/scan/invitations/queries";
import { formatDate } from "@/lib/dates";
import { RESPONDENT_FUNCTION_LABEL } from "@/lib/scan/respondent-functions";
import { RowAction } from "@/components/ui/row-action";
import { TableRegion, Th, theadClass } from "@/components/ui/table";

function stateText(r: InvitationRow) {
  if (r.state === "in_progress") return `Bezig: ${r.answered} van ${r.total} beantwoord`;
  if (r.state === "submitted") return `Ingevuld op ${formatDate(r.submittedAt)}`;
  if (r.state === "opened") return `Geopend op ${formatDate(r.openedAt)}`;
  if (r.state === "sent") return `Verstuurd op ${formatDate(r.sentAt)}${r.sendCount > 1 ? ` (${r.sendCount}×)` : ""}`;
  return INVITATION_STATE_LABEL[r.state];
}

/** `roundOpen`: the scan round takes answers; once it closed a reminder or a new link would lead nowhere. */
export function InvitationTable({ rows, roundOpen = true }: { rows: InvitationRow[]; roundOpen?: boolean }) {
  if (rows.length === 0) return <p className="text-slate-700">Nog niemand uitgenodigd.</p>;
  return (
    <TableRegion label="Uitnodigingen, horizontaal scrollbaar">
      <table className="w-full min-w-[40rem] text-left text-sm" data-testid="invitation-table">
        <caption className="sr-only">Uitgenodigde personen en hoe ver zij zijn met de scan</caption>
        <thead className={theadClass}>
          <tr>
            <Th>Naam</Th>
            <Th>Functie</Th>
            <Th>Stand</Th>
            <Th>Herinneringen</Th>
            <Th>Acties</Th>
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
    </TableRegion>
  );
}
