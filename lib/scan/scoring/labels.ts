// Dutch display texts for scan results; band names and meanings live in ./bands. The scan is a starting
// point for a conversation, not a test: wording stays neutral and warm, never "onvoldoende"/"fout",
// never red/green pass/fail.
import { round } from "@/lib/format/rounding";
import type { AandachtspuntReason, StatementKind } from "./types";

export const REASON_LABELS: Record<AandachtspuntReason, string> = {
  ontwikkelpunt: "Ontwikkelpunt: hier valt de meeste winst te behalen",
  schijninclusie: "Schijninclusie: goede bedoelingen, nog weinig concrete praktijk",
  "schijninclusie-let-op": "Let op: de praktijk blijft wat achter bij de goede bedoelingen",
  onbekendheid: "Veel 'weet ik niet'",
  "verschil-in-beeld": "Verschil in beeld tussen respondenten",
  groeikans: "Groeikans: van een 7 naar een 8",
};

export const REASON_EXPLANATIONS: Record<AandachtspuntReason, string> = {
  ontwikkelpunt: "Dit thema scoort het laagst. Juist hier kan een eerste stap veel verschil maken.",
  schijninclusie:
    "De houding is positief, maar in de dagelijkse praktijk is dat nog weinig terug te zien. Dat is heel gewoon: de volgende stap is de goede bedoelingen concreet te maken.",
  "schijninclusie-let-op":
    "De goede bedoelingen zijn er; de praktijk loopt er nog een stukje achter. Een kleine, concrete afspraak kan het verschil maken.",
  onbekendheid:
    "Veel respondenten weten niet hoe het hier in de praktijk gaat. Dat zegt iets over hoe zichtbaar en bekend dit binnen de organisatie is.",
  "verschil-in-beeld":
    "Respondenten zien dit thema verschillend. Dat is geen fout, maar een goede vraag voor de bijeenkomst: waar komt dat verschil vandaan?",
  groeikans: "Hier gaat al veel goed. Ook dan is er een volgende stap: wat is er nodig om van een 7 naar een 8 te gaan?",
};

export const reasonLabel = (reason: AandachtspuntReason): string => REASON_LABELS[reason];

/** The same reasons in a few words, for a list of proposals ("Waarom: …"); groeikans shows as itself. */
export const REASON_SHORT_LABELS: Partial<Record<AandachtspuntReason, string>> = {
  ontwikkelpunt: "ontwikkelpunt",
  schijninclusie: "goede bedoelingen, weinig praktijk",
  "schijninclusie-let-op": "let op: bedoeling en praktijk lopen wat uiteen",
  onbekendheid: "veel 'weet ik niet'",
  "verschil-in-beeld": "men ziet dit verschillend",
};

export const KIND_LABELS: Record<StatementKind, string> = {
  intentie: "houding en intentie",
  praktijk: "praktijk en voorzieningen",
};

/** |selfGap| from this value on is worth mentioning in the conversation. */
export const SELF_GAP_SIGNAL_THRESHOLD = 1.5;

export const SELF_GAP_SIGNALS = {
  positive: "het zelfbeeld is positiever dan de scan laat zien",
  stricter: "u bent strenger voor uzelf dan de scan",
} as const;

/** A conversation signal for the gap between self-grade and scan grade; null when it is small. */
export function selfGapSignal(selfGap: number | null): string | null {
  if (selfGap === null || !Number.isFinite(selfGap)) return null;
  const gap = round(selfGap, 1);
  if (gap >= SELF_GAP_SIGNAL_THRESHOLD) return SELF_GAP_SIGNALS.positive;
  if (gap <= -SELF_GAP_SIGNAL_THRESHOLD) return SELF_GAP_SIGNALS.stricter;
  return null;
}

export const DIVERGENT_SIGNAL = "Respondenten zien dit verschillend. Geen fout, wel een goede vraag voor de bijeenkomst.";

/** Why a function group is or is not shown apart (docs/privacy.md#function-groups). */
export const functionBreakdownNote = (minimum: number) =>
  `Een functie tonen we alleen apart als minstens ${minimum} mensen met die functie én minstens ${minimum} mensen met een andere functie de scan invulden, en als de functies die we niet apart tonen samen ook minstens ${minimum} mensen hebben (of geen), zodat antwoorden niet herleidbaar zijn.`;
