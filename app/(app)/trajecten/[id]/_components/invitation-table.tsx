import { invitationRowAction } from "../actions";
import { INVITATION_STATE_LABEL } from "@/lib/scan/invitations/labels";
import type { InvitationRow } from "@/lib/scan/invitations/queries";
import { formatDate } from "@/lib/dates";
import { RESPONDENT_FUNCTION_LABEL } from "@/lib/scan/respondent-functions";
import { RowAction } from "@/components/ui/row-action";
import { RecordItem, RecordList } from "@/components/ui/record-list";

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
    <RecordList label="Uitgenodigde personen en hoe ver zij zijn met de scan" testId="invitation-table">
      {rows.map((r) => {
        const open = roundOpen && r.state !== "submitted" && r.state !== "revoked";
        return (
          <RecordItem
            key={r.id}
            title={r.name}
            subtitle={r.email}
            facts={[
              { label: "Functie", value: RESPONDENT_FUNCTION_LABEL[r.function] },
              { label: "Stand", value: stateText(r), testId: `state-${r.email}` },
              {
                label: "Herinneringen",
                value: r.reminderCount > 0 ? `${r.reminderCount}× (laatst ${formatDate(r.lastReminderAt)})` : "geen",
              },
            ]}
            actions={
              <>
                {open ? (
                  <RowAction
                    action={invitationRowAction}
                    fields={{ kind: "remind", invitationId: r.id }}
                    label="Herinneren"
                    labelFor={r.name}
                  />
                ) : null}
                {open ? (
                  <RowAction
                    action={invitationRowAction}
                    fields={{ kind: "resend", invitationId: r.id }}
                    label="Opnieuw sturen"
                    labelFor={r.name}
                  />
                ) : null}
                {r.state === "submitted" ? (
                  <RowAction
                    action={invitationRowAction}
                    fields={{ kind: "reopen", invitationId: r.id }}
                    label="Heropenen"
                    labelFor={r.name}
                    confirm={`De scan van ${r.name} heropenen, zodat hij of zij weer kan wijzigen?`}
                  />
                ) : null}
                {r.state !== "revoked" ? (
                  <RowAction
                    action={invitationRowAction}
                    fields={{ kind: "revoke", invitationId: r.id }}
                    label="Intrekken"
                    labelFor={r.name}
                    confirm={`De uitnodiging van ${r.name} intrekken? De link werkt daarna niet meer.`}
                  />
                ) : null}
              </>
            }
          />
        );
      })}
    </RecordList>
  );
}
