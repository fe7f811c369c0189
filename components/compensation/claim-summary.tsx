import { formatEuro, minutesToHours, tenthsToKm } from "@/lib/compensation/amounts";
import { CLAIM_STATUS_LABEL, TRAVEL_MODE_LABEL } from "@/lib/compensation/labels";

export interface ClaimLike {
  preparationMinutes: number;
  sessionMinutes: number;
  travelMinutes: number;
  travelMode: keyof typeof TRAVEL_MODE_LABEL;
  distanceTenthKm: number;
  transitCents: number;
  note: string;
  status: keyof typeof CLAIM_STATUS_LABEL;
  amount: number;
}

/** One line of what a claim holds, the same for the expert, the trainer and the admin. */
export function ClaimSummary({ claim }: { claim: ClaimLike }) {
  const travel =
    claim.travelMode === "CAR"
      ? `auto, ${tenthsToKm(claim.distanceTenthKm)} km`
      : claim.travelMode === "PUBLIC_TRANSPORT"
        ? `openbaar vervoer, ${formatEuro(claim.transitCents)}`
        : "geen reiskosten";
  return (
    <p className="text-sm text-slate-800">
      Voorbereiding {minutesToHours(claim.preparationMinutes)} uur · bijeenkomst {minutesToHours(claim.sessionMinutes)} uur · reistijd{" "}
      {minutesToHours(claim.travelMinutes)} uur · {travel} · <strong>{formatEuro(claim.amount)}</strong>{" "}
      <span className="rounded-full border border-brand-200 bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">
        {CLAIM_STATUS_LABEL[claim.status]}
      </span>
      {claim.note ? <span className="mt-1 block text-slate-700">Toelichting: {claim.note}</span> : null}
    </p>
  );
}
