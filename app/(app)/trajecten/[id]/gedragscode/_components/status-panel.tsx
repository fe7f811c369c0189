import { gedragscodeAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";
import { ChangeFields } from "./change-fields";
import { formatDate } from "@/lib/dates";
import { PREAMBLE_SECTION } from "@/lib/gedragscode/sections";

const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";

/** Concept or vastgesteld, the preamble, and adopting (or reopening) the code. */
export function GedragscodeStatusPanel({
  trajectId,
  code,
  editable,
}: {
  trajectId: string;
  /** Whether the actor may change the code (capability gedragscode:edit); otherwise it is read-only. */
  editable: boolean;
  code: { status: string; version: number; preamble: string | null; adoptedAt: Date | null; adoptedByName: string | null } | null;
}) {
  const version = code?.version ?? 0;
  const adopted = code?.status === "VASTGESTELD";
  return (
    <section aria-labelledby="code-status" className="rounded-xl border border-brand-100 bg-white p-5">
      <h2 id="code-status" className="text-lg font-semibold text-brand-800">
        {adopted ? `Vastgesteld op ${formatDate(code?.adoptedAt)} door ${code?.adoptedByName}` : "Concept"}
      </h2>
      {adopted ? (
        <>
          {code?.preamble ? <p className="mt-2 whitespace-pre-line text-slate-800">{code.preamble}</p> : null}
          {editable ? (
            <ActionForm action={gedragscodeAction} submitLabel="Terugzetten naar concept" className="mt-3">
              <ChangeFields op="reopen" trajectId={trajectId} version={version} />
            </ActionForm>
          ) : null}
        </>
      ) : !editable ? (
        <>
          <p className="mt-1 text-sm text-slate-600">{PREAMBLE_SECTION.title}</p>
          <p className="mt-1 whitespace-pre-line text-slate-800">{code?.preamble || "Nog geen preambule."}</p>
        </>
      ) : (
        <>
          <ActionForm action={gedragscodeAction} submitLabel="Preambule bewaren" className="mt-3 space-y-3">
            <ChangeFields op="preamble" trajectId={trajectId} version={version} />
            <label className="block text-sm font-semibold text-slate-800">
              {PREAMBLE_SECTION.title}: {PREAMBLE_SECTION.description}
              <textarea name="preamble" rows={3} maxLength={4000} defaultValue={code?.preamble ?? ""} className={input} />
            </label>
          </ActionForm>
          <ActionForm action={gedragscodeAction} submitLabel="Code vaststellen" className="mt-4 flex flex-wrap items-end gap-3">
            <ChangeFields op="adopt" trajectId={trajectId} version={version} />
            <label className="text-sm font-semibold text-slate-800">
              Vastgesteld door (naam en functie)
              <input name="adoptedByName" required maxLength={160} className={input} />
            </label>
          </ActionForm>
        </>
      )}
    </section>
  );
}
