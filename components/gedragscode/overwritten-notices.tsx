"use client";

import { useBoardLive, type Overwritten } from "@/components/board/board-live";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/actions/result";
import { ClauseConflict, type ClauseDraft } from "./clause-conflict";

// Issue 26 item 5: someone kept their own text over the viewer's in a conflict. The live board tells the
// viewer (only them: BoardLive compares the event's user id with theirs) and offers their text back in
// one click: a restore of their revision that names the version it replaces, so a change made since is
// a conflict with both texts, as when editing (and keeping their text then tells the other person).

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;
type ConflictDetails = { current?: Partial<ClauseDraft> & { version?: number; by?: string | null }; mine?: ClauseDraft };

function Notice({ trajectId, notice, action, onClose }: { trajectId: string; notice: Overwritten; action: Action; onClose: () => void }) {
  const { state, pending, formProps } = useActionForm(action, null);
  const conflict = state?.ok === false && state.code === "CONFLICT" ? (state.details as ConflictDetails | undefined) : undefined;
  const newer =
    conflict?.current && conflict.mine
      ? {
          title: conflict.current.title ?? "",
          body: conflict.current.body ?? "",
          owner: conflict.current.owner ?? "",
          startDate: "",
          section: conflict.current.section ?? "",
          version: conflict.current.version ?? notice.version,
          by: conflict.current.by ?? null,
        }
      : null;
  return (
    <div className="rounded-lg border-l-4 border-amber-500 bg-amber-50 p-4 text-amber-950" data-testid="overwritten">
      <p className="font-semibold">
        Uw tekst bij de afspraak &ldquo;{notice.clauseTitle}&rdquo; is vervangen door die van {notice.actorName}.
      </p>
      <form {...formProps} className="mt-2 space-y-2">
        <input type="hidden" name="op" value="restore" />
        <input type="hidden" name="trajectId" value={trajectId} />
        <input type="hidden" name="revisionId" value={notice.revisionId} />
        {newer && conflict?.mine ? (
          <ClauseConflict newer={newer} mine={conflict.mine} onTakeTheirs={onClose} />
        ) : (
          <input type="hidden" name="version" value={notice.version} />
        )}
        <div className="flex flex-wrap items-center gap-3">
          {newer || state?.ok ? null : (
            <SubmitButton size="sm" busy={pending}>
              Mijn tekst terugzetten
            </SubmitButton>
          )}
          <Button variant="secondary" size="sm" type="button" onClick={onClose} aria-label={`Sluiten: bericht over ${notice.clauseTitle}`}>
            Sluiten
          </Button>
          <span role="status" className="text-sm">
            {state?.ok ? "Uw tekst staat er weer." : newer ? null : state?.message}
          </span>
        </div>
      </form>
    </div>
  );
}

/** The viewer's "your text was replaced" messages, for the top of the board and the code page. */
export function OverwrittenNotices({ trajectId, action }: { trajectId: string; action: Action }) {
  const { overwritten, dismissOverwritten } = useBoardLive();
  return (
    <div aria-live="polite" className="space-y-2 [&:not(:empty)]:mb-4">
      {overwritten.map((n) => (
        <Notice key={n.revisionId} trajectId={trajectId} notice={n} action={action} onClose={() => dismissOverwritten(n.revisionId)} />
      ))}
    </div>
  );
}
