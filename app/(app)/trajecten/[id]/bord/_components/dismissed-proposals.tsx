import { gedragscodeAction } from "../../gedragscode/actions";
import { ActionForm } from "@/components/ui/action-form";
import { formatDateTime } from "@/lib/dates";
import type { DismissedView } from "@/lib/gedragscode/proposals";

/** The proposals the group left out (or adopted in an edited form), for everyone, each with "Toch tonen". */
export function DismissedProposals({ trajectId, dismissed }: { trajectId: string; dismissed: readonly DismissedView[] }) {
  if (dismissed.length === 0) return null;
  return (
    <section aria-label="Weggelaten voorstellen" className="rounded-xl border border-brand-100 bg-white p-5">
      <details>
        <summary className="cursor-pointer text-lg font-semibold text-brand-800">Weggelaten voorstellen ({dismissed.length})</summary>
        <ul className="mt-3 space-y-2">
          {dismissed.map((d) => (
            <li key={d.key} className="rounded-lg bg-sand-100 p-3" data-testid="dismissed-proposal">
              <p className="font-semibold">{d.title}</p>
              <p className="text-sm text-slate-700">
                {d.themeKey ? `Bij aandachtspunt: ${d.themeTitle}` : d.themeTitle} · {d.adopted ? "aangepast opgenomen" : "weggelaten"} door{" "}
                {d.byName}, {formatDateTime(d.at)}
              </p>
              <ActionForm action={gedragscodeAction} submitLabel="Toch tonen" labelFor={d.title} className="mt-2">
                <input type="hidden" name="op" value="showProposal" />
                <input type="hidden" name="trajectId" value={trajectId} />
                <input type="hidden" name="key" value={d.key} />
              </ActionForm>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
