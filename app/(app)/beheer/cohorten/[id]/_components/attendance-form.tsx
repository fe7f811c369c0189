import { ActionForm } from "@/components/ui/action-form";
import { TableRegion, Th, theadClass } from "@/components/ui/table";
import { recordAttendanceAction } from "../../actions";

// One session's attendance: per participant two radio buttons (aanwezig / niet aanwezig), so it works
// with the keyboard (arrow keys within a row) and without JavaScript. A row left open stays as it was.

export function AttendanceForm({
  cohortId,
  sessionId,
  title,
  participants,
}: {
  cohortId: string;
  sessionId: string;
  title: string;
  participants: { id: string; name: string; attended: boolean | null }[];
}) {
  return (
    <ActionForm action={recordAttendanceAction} submitLabel="Aanwezigheid opslaan" labelFor={title} className="space-y-3">
      <input type="hidden" name="cohortId" value={cohortId} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <TableRegion label={`Aanwezigheid: ${title}`}>
        <table className="w-full text-sm">
          <caption className="sr-only">Aanwezigheid: {title}</caption>
          <thead className={theadClass}>
            <tr>
              <Th>Deelnemer</Th>
              <Th>Aanwezig</Th>
              <Th>Niet aanwezig</Th>
            </tr>
          </thead>
          <tbody>
            {participants.map((p) => (
              <tr key={p.id} className="border-b border-slate-100">
                <th scope="row" className="py-2 pr-3 text-left font-normal">
                  {p.name}
                </th>
                <td className="py-2 pr-3">
                  <input
                    type="radio"
                    name={`aanwezig-${p.id}`}
                    value="ja"
                    defaultChecked={p.attended === true}
                    aria-label={`${p.name}: aanwezig`}
                  />
                </td>
                <td className="py-2 pr-3">
                  <input
                    type="radio"
                    name={`aanwezig-${p.id}`}
                    value="nee"
                    defaultChecked={p.attended === false}
                    aria-label={`${p.name}: niet aanwezig`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </ActionForm>
  );
}
