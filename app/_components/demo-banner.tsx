import { demoPresent } from "@/lib/demo/remove";

/**
 * On every page while demo accounts exist: they share a password that is printed in the README, so
 * this installation is not yet fit for real people's data. An admin removes the demo (Beheer).
 */
export async function DemoBanner() {
  if (!(await demoPresent())) return null;
  return (
    <div
      role="note"
      aria-label="Demo-omgeving"
      className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-center text-sm text-amber-950"
    >
      <strong>Demo-omgeving.</strong> In deze app staan demo-accounts met een bekend wachtwoord. Vul hier nog geen echte gegevens in tot een
      beheerder de demo heeft verwijderd.
    </div>
  );
}
