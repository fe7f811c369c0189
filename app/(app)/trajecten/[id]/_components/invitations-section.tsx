import { inviteAction, remindAllAction } from "../actions";
import type { InvitationRow } from "@/lib/scan/invitations/queries";
import { InvitationTable } from "./invitation-table";
import { InviteForm } from "@/components/scan/invite-form";
import { RowAction } from "@/components/scan/row-action";

export function InvitationsSection({
  trajectId,
  rows,
  defaultDeadline,
}: {
  trajectId: string;
  rows: InvitationRow[];
  defaultDeadline: string;
}) {
  const submitted = rows.filter((r) => r.state === "submitted").length;
  const active = rows.filter((r) => r.state !== "revoked").length;
  return (
    <section aria-labelledby="scan-titel" className="mt-8 rounded-xl border border-brand-100 bg-white p-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="scan-titel" className="text-lg font-semibold text-brand-800">
            Mental Health-bedrijfsscan
          </h2>
          <p className="text-sm text-slate-700">
            {submitted} van {active} uitgenodigden hebben de scan ingevuld.
          </p>
        </div>
        <RowAction action={remindAllAction} fields={{ trajectId }} label="Herinnering aan iedereen die nog niet klaar is" />
      </div>
      <div className="mt-4">
        <InvitationTable rows={rows} />
      </div>
      <h3 id="uitnodigen-titel" className="mb-3 mt-6 font-semibold text-brand-800">
        Iemand uitnodigen
      </h3>
      <p className="mb-4 text-sm text-slate-700">
        Nodig 3 tot 8 sleutelpersonen uit (directie, HR, leidinggevenden, soms OR of medewerkers). Ieder krijgt een persoonlijke link per
        e-mail.
      </p>
      <InviteForm trajectId={trajectId} defaultDeadline={defaultDeadline} action={inviteAction} />
    </section>
  );
}
