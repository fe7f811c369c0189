"use client";

import { startTransition, useEffect, useId, useRef, useState } from "react";
import { useActionForm } from "@/components/ui/use-action-form";
import { useBoardLive } from "@/components/board/board-live";
import type { FormState } from "@/lib/actions/result";
import { dutchDay } from "@/lib/dates";
import { CLAUSE_SECTIONS } from "@/lib/gedragscode/sections";
import { SubmitButton } from "@/components/ui/submit-button";
import { HealthCheckPrompt, useHealthCheck } from "@/components/ui/health-check-prompt";
import { HealthReminder } from "@/components/ui/health-reminder";
import { ClauseConflict, type ClauseDraft as Draft } from "./clause-conflict";
import { useExpectClauseChange } from "./clause-list";
import { Hidden, SmallForm } from "./clause-small-form";
import { WorksheetLinks } from "@/components/worksheets/worksheet-links";
import type { WorksheetLink } from "@/lib/worksheets/links";

// One afspraak: read, edit, move, remove. The edit form keeps the version it started from: when
// someone else saves the same afspraak meanwhile (the live board brings their version in), the text
// being typed is never replaced. The writer sees "gewijzigd door …" with both texts side by side and
// chooses: take theirs, keep their own, or merge by hand. The server refuses a stale version anyway
// (lib/gedragscode/clauses.ts) and the same choice appears then, also without JavaScript.

export interface ClauseView {
  id: string;
  section: string;
  title: string;
  body: string;
  owner: string | null;
  /** yyyy-mm-dd */
  startDate: string;
  version: number;
  themeTitle: string | null;
  lastBy: string | null;
  /** The worksheets that support this afspraak (empty where they are not shown) */
  worksheets?: WorksheetLink[];
}

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";

// A save that puts the clause in another section remounts its card in that section's list, and the
// keyboard's focus would fall to <body> (issue 23): the new card takes it. One per tab is enough.
let focusWhenMounted: string | null = null;

const draftOf = (c: ClauseView): Draft => ({
  title: c.title,
  body: c.body,
  owner: c.owner ?? "",
  startDate: c.startDate,
  section: c.section,
});

export function ClauseCard({
  trajectId,
  clause,
  index,
  count,
  moves,
  editable,
  action,
  historyHref,
  presenceUrl,
}: {
  trajectId: string;
  clause: ClauseView;
  index: number;
  count: number;
  /** Section places for "Omhoog"/"Omlaag" and a drop, where the list shown is not one section (the board: lib/board/places.ts) */
  moves?: { up: number | null; down: number | null; here: number };
  editable: boolean;
  action: Action;
  historyHref: string;
  presenceUrl?: string;
}) {
  const up = moves ? moves.up : index > 0 ? index - 1 : null;
  const down = moves ? moves.down : index < count - 1 ? index + 1 : null;
  const { presence } = useBoardLive();
  const others = presence.get(clause.id) ?? [];
  const [open, setOpen] = useState(false);
  const [base, setBase] = useState(clause.version);
  const [draft, setDraft] = useState<Draft>(draftOf(clause));
  const { state, pending, formProps } = useActionForm(action, null);
  const expectChange = useExpectClauseChange();
  const details = useRef<HTMLDetailsElement>(null);
  const { asking, dismiss } = useHealthCheck(state);
  const reminder = useId();

  // a refused save because of someone else's version: the text they stored, and ours as typed
  const conflict =
    state?.ok === false && state.code === "CONFLICT"
      ? (state.details as { current?: Partial<Draft> & { version?: number; by?: string | null }; mine?: Draft } | undefined)
      : undefined;
  const theirs = conflict?.current
    ? { ...draftOf(clause), ...conflict.current, version: conflict.current.version ?? clause.version, by: conflict.current.by ?? null }
    : null;
  const candidate = theirs ?? (open ? { ...draftOf(clause), version: clause.version, by: clause.lastBy } : null);
  // someone saved a version this form did not start from: the writer chooses before saving
  const newer = candidate && candidate.version > base ? candidate : null;

  // a new result from the server: a conflict reopens the form with what was typed (also without
  // JavaScript's own state), a success closes it (state adjusted during render, not in an effect)
  const [seen, setSeen] = useState(state);
  const [saved, setSaved] = useState("");
  if (state !== seen) {
    setSeen(state);
    setSaved(state?.ok ? state.message : "");
    if (conflict?.mine) {
      setDraft(conflict.mine);
      setOpen(true);
    }
    if (state?.ok) setOpen(false);
    if (state?.ok === false && state.code === "HEALTH_CHECK") setOpen(true);
  }
  // saved: the form closes under the keyboard's focus, which would fall to <body>; back to "Wijzigen"
  useEffect(() => {
    if (state?.ok === false) focusWhenMounted = null; // refused: the card stays where it is
    const focused = document.activeElement;
    if (state?.ok && (focused === document.body || details.current?.contains(focused))) details.current?.querySelector("summary")?.focus();
  }, [state]);
  useEffect(() => {
    if (focusWhenMounted !== clause.id) return;
    focusWhenMounted = null;
    details.current?.querySelector("summary")?.focus();
  }, [clause.id]);
  // closed, the form shows the clause as stored now
  const shown = open ? draft : draftOf(clause);

  // dragging within a section: the same move as the buttons, to the place of the card dropped on
  const draggable = editable && count > 1;
  const dragProps = draggable
    ? {
        draggable: true,
        onDragStart: (e: React.DragEvent) => {
          e.dataTransfer.setData("text/x-ww-clause", `${clause.section}:${clause.id}`);
          e.dataTransfer.effectAllowed = "move";
        },
        onDragOver: (e: React.DragEvent) => {
          if (e.dataTransfer.types.includes("text/x-ww-clause")) e.preventDefault();
        },
        onDrop: (e: React.DragEvent) => {
          const [section, id] = e.dataTransfer.getData("text/x-ww-clause").split(":");
          if (!id || section !== clause.section || id === clause.id) return;
          e.preventDefault();
          const fd = new FormData();
          for (const [k, v] of Object.entries({ op: "moveClause", trajectId, clauseId: id, to: String(moves?.here ?? index) }))
            fd.set(k, v);
          startTransition(() => void action(null, fd));
        },
      }
    : {};

  const moved = (button: "up" | "down") => () => expectChange({ kind: "move", clauseId: clause.id, title: clause.title, button });

  const say = (editing: boolean) => {
    if (!presenceUrl) return;
    void fetch(presenceUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ clauseId: clause.id, editing }),
    }).catch(() => undefined);
  };
  const set = (k: keyof Draft) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setDraft({ ...draft, [k]: e.target.value });

  return (
    <li
      className={`rounded-lg bg-sand-100 p-3 ${draggable ? "cursor-grab" : ""}`}
      data-testid="clause"
      data-clause-id={clause.id}
      // focus lands here after a move (clause-list.tsx)
      tabIndex={-1}
      {...dragProps}
    >
      <h3 className="font-semibold">{clause.title}</h3>
      <p className="whitespace-pre-line text-slate-800">{clause.body}</p>
      <p className="mt-1 text-sm text-slate-600">
        {[
          clause.themeTitle ? `Bij thema: ${clause.themeTitle}` : null,
          clause.owner ? `Eigenaar: ${clause.owner}` : null,
          clause.startDate ? `Start: ${dutchDay(clause.startDate)}` : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      <WorksheetLinks links={clause.worksheets ?? []} className="mt-1" />
      {others.length > 0 ? (
        <p className="mt-1 text-sm font-medium text-brand-800" data-testid="presence">
          <span aria-hidden="true">✎ </span>
          {others.join(" en ")} {others.length === 1 ? "bewerkt" : "bewerken"} deze afspraak.
        </p>
      ) : null}
      {editable ? (
        <div className="mt-2 space-y-2">
          <details
            ref={details}
            open={open}
            onToggle={(e) => {
              const isOpen = (e.currentTarget as HTMLDetailsElement).open;
              if (isOpen === open) return;
              setOpen(isOpen);
              if (isOpen) {
                setDraft(draftOf(clause));
                setBase(clause.version);
              }
              say(isOpen);
            }}
          >
            <summary className="cursor-pointer text-sm font-semibold text-brand-800" aria-label={`Wijzigen: ${clause.title}`}>
              Wijzigen
            </summary>
            <form
              {...formProps}
              onSubmit={(e) => {
                say(false);
                if (draft.section !== clause.section) focusWhenMounted = clause.id;
                formProps.onSubmit(e);
              }}
              className="mt-3 space-y-3"
            >
              <Hidden op="editClause" trajectId={trajectId} clauseId={clause.id} />
              {newer ? null : <input type="hidden" name="version" value={base} />}
              {newer ? (
                <ClauseConflict
                  newer={newer}
                  mine={shown}
                  onTakeTheirs={() => {
                    setDraft({
                      title: newer.title,
                      body: newer.body,
                      owner: newer.owner ?? "",
                      startDate: newer.startDate ?? "",
                      section: newer.section ?? draft.section,
                    });
                    setBase(newer.version);
                  }}
                />
              ) : null}
              <label className="block text-sm font-semibold text-slate-800">
                Titel
                <input name="title" required maxLength={160} value={shown.title} onChange={set("title")} className={input} />
              </label>
              <label className="block text-sm font-semibold text-slate-800">
                Afspraak
                <textarea
                  name="body"
                  required
                  rows={3}
                  maxLength={4000}
                  value={shown.body}
                  onChange={set("body")}
                  aria-describedby={reminder}
                  className={input}
                />
              </label>
              <HealthReminder id={reminder} />
              <div className="grid gap-3 sm:grid-cols-3">
                <label className="block text-sm font-semibold text-slate-800">
                  Eigenaar (rol)
                  <input name="owner" maxLength={120} value={shown.owner} onChange={set("owner")} className={input} />
                </label>
                <label className="block text-sm font-semibold text-slate-800">
                  Start
                  <input type="date" name="startDate" value={shown.startDate} onChange={set("startDate")} className={input} />
                </label>
                <label className="block text-sm font-semibold text-slate-800">
                  Onderdeel
                  <select name="section" value={shown.section} onChange={set("section")} className={input}>
                    {CLAUSE_SECTIONS.map((s) => (
                      <option key={s.key} value={s.key}>
                        {s.title}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              <div className="flex flex-wrap items-center gap-3">
                {newer ? null : (
                  <SubmitButton size="sm" busy={pending}>
                    Bewaren
                  </SubmitButton>
                )}
                <span role="status" aria-live="polite" className={`text-sm ${state?.ok === false ? "text-amber-900" : "text-brand-800"}`}>
                  {asking ? null : state?.message}
                </span>
              </div>
              {asking ? <HealthCheckPrompt fields={asking} busy={pending} onAdjust={dismiss} /> : null}
            </form>
          </details>
          <p role="status" aria-live="polite" className="text-sm text-brand-800" data-testid="saved">
            {open ? "" : saved}
          </p>
          <div className="flex flex-wrap gap-2">
            {up !== null ? (
              <SmallForm action={action} label="Omhoog" name={clause.title} onSubmitted={moved("up")} move="up">
                <Hidden op="moveClause" trajectId={trajectId} clauseId={clause.id} />
                <input type="hidden" name="to" value={up} />
              </SmallForm>
            ) : null}
            {down !== null ? (
              <SmallForm action={action} label="Omlaag" name={clause.title} onSubmitted={moved("down")} move="down">
                <Hidden op="moveClause" trajectId={trajectId} clauseId={clause.id} />
                <input type="hidden" name="to" value={down} />
              </SmallForm>
            ) : null}
            <SmallForm
              action={action}
              label="Verwijderen"
              name={clause.title}
              onSubmitted={() => expectChange({ kind: "remove", clauseId: clause.id, title: clause.title })}
              confirm={`"${clause.title}" uit de code halen? In de geschiedenis blijft hij terug te zetten.`}
            >
              <Hidden op="removeClause" trajectId={trajectId} clauseId={clause.id} />
              <input type="hidden" name="version" value={clause.version} />
            </SmallForm>
            <a
              href={historyHref}
              aria-label={`Geschiedenis: ${clause.title}`}
              className="self-center text-sm font-medium text-brand-700 underline underline-offset-4"
            >
              Geschiedenis
            </a>
          </div>
        </div>
      ) : null}
    </li>
  );
}
