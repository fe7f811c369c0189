"use client";

import { ActionForm } from "@/components/ui/action-form";
import { voteAction } from "../actions";

type Voting = { kind: "PUNTEN" | "AFSPRAKEN"; allowance: number; left: number; targets: { target: string; title: string; mine: number }[] };

/** Spend a few votes: one form per vote more or back, so it works without JavaScript too. */
export function VoteList({ voting }: { voting: Voting }) {
  return (
    <>
      <p className="text-slate-800" data-testid="votes-left">
        U heeft nog <strong>{voting.left}</strong> van {voting.allowance} stemmen. Meer stemmen op één punt mag.
      </p>
      <ul className="mt-3 space-y-3">
        {voting.targets.map((t) => (
          <li key={t.target} className="rounded-lg border border-brand-100 bg-white p-3">
            <p className="font-semibold text-slate-900">{t.title}</p>
            <p className="text-sm text-slate-700">Uw stemmen hier: {t.mine}</p>
            <div className="mt-2 flex flex-wrap gap-3">
              <ActionForm action={voteAction} submitLabel="Stem erbij" labelFor={t.title}>
                <input type="hidden" name="target" value={t.target} />
                <input type="hidden" name="delta" value="1" />
              </ActionForm>
              {t.mine > 0 ? (
                <ActionForm action={voteAction} submitLabel="Stem terug" labelFor={t.title}>
                  <input type="hidden" name="target" value={t.target} />
                  <input type="hidden" name="delta" value="-1" />
                </ActionForm>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
