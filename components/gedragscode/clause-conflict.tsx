"use client";

import { Button } from "@/components/ui/button";

/** What the edit form of a clause holds while someone types. */
export type ClauseDraft = { title: string; body: string; owner: string; startDate: string; section: string };

/**
 * Someone saved the clause while this form was open: both texts side by side, and the writer chooses
 * (take theirs, keep their own, or merge by hand). "Mijn tekst bewaren" is a submit button carrying the
 * newer version, so the choice works without JavaScript too; it tells the other person their text was
 * replaced, with a way to put it back (issue 26).
 */
export function ClauseConflict({
  newer,
  mine,
  onTakeTheirs,
}: {
  newer: ClauseDraft & { version: number; by: string | null };
  mine: ClauseDraft;
  onTakeTheirs: () => void;
}) {
  return (
    <div className="rounded-md border border-amber-700 bg-amber-50 p-3" role="alert" data-testid="conflict">
      <p className="font-semibold text-amber-950">
        Gewijzigd door {newer.by ?? "iemand anders"} terwijl u dit bewerkte. Kies wat blijft: hun tekst, de uwe, of voeg ze samen.
      </p>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        <div>
          <p className="text-sm font-semibold">Nu opgeslagen</p>
          <p className="whitespace-pre-line text-sm" data-testid="theirs">
            {newer.title}: {newer.body}
          </p>
        </div>
        <div>
          <p className="text-sm font-semibold">Uw tekst</p>
          <p className="whitespace-pre-line text-sm" data-testid="mine">
            {mine.title}: {mine.body}
          </p>
        </div>
      </div>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" type="button" onClick={onTakeTheirs}>
          Hun tekst overnemen
        </Button>
        {/* the one submit while both texts show: whoever wrote theirs is told (lib/gedragscode/overwritten.ts) */}
        <input type="hidden" name="keepMine" value="on" />
        <Button size="sm" type="submit" name="version" value={newer.version}>
          Mijn tekst bewaren
        </Button>
      </div>
      <p className="mt-1 text-sm text-slate-700">Samenvoegen: pas hieronder de tekst aan en kies dan &ldquo;Mijn tekst bewaren&rdquo;.</p>
    </div>
  );
}
