"use client";

import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/actions/result";
import { SubmitButton } from "@/components/ui/submit-button";

// The small one-button forms of a clause card (move, remove), and the hidden fields every clause form
// sends. Each works without JavaScript; with it, the card hears what was asked (focus after the change).

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function Hidden({ op, trajectId, clauseId }: { op: string; trajectId: string; clauseId: string }) {
  return (
    <>
      <input type="hidden" name="op" value={op} />
      <input type="hidden" name="trajectId" value={trajectId} />
      <input type="hidden" name="clauseId" value={clauseId} />
    </>
  );
}

export function SmallForm({
  action,
  children,
  label,
  name,
  confirm,
  onSubmitted,
  move,
}: {
  action: Action;
  children: React.ReactNode;
  label: string;
  /** the clause's title: "Omlaag" alone does not say which (a voice-control user cannot pick) */
  name: string;
  confirm?: string;
  onSubmitted?: () => void;
  /** a move button: found again after the move, to keep the keyboard's focus on it (clause-list.tsx) */
  move?: "up" | "down";
}) {
  const { state, pending, formProps } = useActionForm(action, null);
  return (
    <form
      {...formProps}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
        if (!e.defaultPrevented && !pending) onSubmitted?.();
        formProps.onSubmit(e);
      }}
      className="inline"
    >
      {children}
      <SubmitButton variant="secondary" size="sm" busy={pending} aria-label={`${label}: ${name}`} data-move={move}>
        {label}
      </SubmitButton>
      {state?.ok === false ? (
        <span role="status" className="ml-2 text-sm text-amber-900">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
