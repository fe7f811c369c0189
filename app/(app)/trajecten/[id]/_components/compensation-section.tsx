import { approveClaimAction } from "../planning-actions";
import { ClaimSummary } from "@/components/compensation/claim-summary";
import { RowAction } from "@/components/ui/row-action";
import type { claimsForTraject } from "@/lib/compensation/claims";

type Claims = Awaited<ReturnType<typeof claimsForTraject>>;

/** The expert's claims for this traject's sessions; the trainer approves them, the admin pays. */
export function CompensationSection({ claims }: { claims: Claims["claims"] }) {
  if (claims.length === 0) return null;
  return (
    <section id="vergoedingen" aria-labelledby="vergoedingen-titel" className="mt-8 rounded-xl border border-brand-100 bg-white p-5">
      <h2 id="vergoedingen-titel" className="text-lg font-semibold text-brand-800">
        Vergoedingen
      </h2>
      <p className="mt-1 text-sm text-slate-700">Klopt wat de ervaringsdeskundige opgaf? Na uw goedkeuring betaalt de administratie.</p>
      <ul className="mt-3 divide-y divide-slate-100" data-testid="traject-claims">
        {claims.map((c) => (
          <li key={c.id} className="py-3">
            <p className="font-semibold text-slate-900">
              {c.expert.name}, bijeenkomst {c.sessionNumber}
            </p>
            <ClaimSummary claim={c} />
            {c.warning ? <p className="mt-1 rounded-md bg-amber-50 p-2 text-sm text-amber-950">{c.warning}</p> : null}
            {c.status === "SUBMITTED" ? (
              <div className="mt-2">
                <RowAction
                  action={approveClaimAction}
                  fields={{ claimId: c.id, version: String(c.version) }}
                  label="Goedkeuren"
                  variant="primary"
                />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
