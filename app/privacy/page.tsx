import type { Metadata } from "next";
import { respondentRetentionDays } from "@/lib/privacy/queries";
import { WHO_SEES_WHAT_TITLE, whoSeesWhat } from "@/lib/scan/results/privacy-texts";
import { privacyMinimum } from "@/lib/scan/results/snapshot-store";
import { readOrganisation } from "@/lib/organisation/settings";
import { programmeSentence } from "@/lib/organisation/texts";

export const metadata: Metadata = { title: "Privacy" };

// The privacy statement in plain Dutch, for respondents first (the scan's introduction links here)
// and for everyone with an account. What it promises is the rule in docs/privacy.md.
const h2 = "mt-8 text-lg font-semibold text-brand-800";

export default async function PrivacyPage() {
  const days = respondentRetentionDays();
  const org = await readOrganisation();
  return (
    <main id="inhoud" className="mx-auto max-w-2xl px-4 py-10 text-slate-800">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Weerbare Werkgever</p>
      <h1 className="mt-1 text-2xl font-bold text-brand-800 sm:text-3xl">Hoe we met uw gegevens omgaan</h1>
      <p className="mt-4">
        {programmeSentence(org)} Werkgevers werken er samen met een trainer en een ervaringsdeskundige aan een werkplek die mentaal
        toegankelijk is. Hier leest u welke gegevens de app bewaart, wie ze ziet en hoe lang.
      </p>

      <h2 className={h2}>Welke gegevens bewaren we?</h2>
      <ul className="mt-3 list-disc space-y-2 pl-5">
        <li>
          Als u de bedrijfsscan invult: uw naam, uw e-mailadres en uw functie (bijvoorbeeld HR of leidinggevende), zodat de trainer u een
          persoonlijke link kan sturen. Daarnaast uw antwoorden, uw eigen rapportcijfer en wat u in de tekstvakken schrijft.
        </li>
        <li>Als u een account heeft: uw naam, e-mailadres, rol en wanneer u bent ingelogd. Uw wachtwoord bewaren we alleen versleuteld.</li>
        <li>
          We vragen niet naar uw gezondheid of die van collega’s, en we bewaren geen diagnoses. De scan gaat over de werkplek, niet over
          personen. Schrijf daarom ook in de tekstvakken geen namen of gezondheidsgegevens van anderen.
        </li>
      </ul>

      <h2 className={h2}>{WHO_SEES_WHAT_TITLE}</h2>
      <div className="mt-3 space-y-3">
        {whoSeesWhat(privacyMinimum()).map((p) => (
          <p key={p}>{p}</p>
        ))}
        <p>De beheerder van de app kan de samengevoegde uitkomsten zien, maar net als de werkgever geen antwoorden per persoon.</p>
      </div>

      <h2 className={h2}>Hoe lang bewaren we het?</h2>
      <p className="mt-3">
        Uw naam en e-mailadres halen we {days} dagen nadat de scan van uw werkgever is gesloten uit de app. Uw antwoorden blijven daarna
        zonder naam bewaard, zodat een latere scan kan laten zien wat er is veranderd. Uw persoonlijke link werkt dan niet meer.
      </p>

      <h2 className={h2}>Wat kunt u zelf doen?</h2>
      <ul className="mt-3 list-disc space-y-2 pl-5">
        <li>Tot u de scan verstuurt, kunt u uw antwoorden en uw keuze over het delen van uw toelichtingen nog veranderen.</li>
        <li>
          Wilt u weten wat er over u is bewaard, of wilt u dat we uw gegevens wissen? Vraag het de trainer die u uitnodigde. De beheerder
          wist dan uw uitnodiging, uw antwoorden, uw teksten en de e-mails aan u. In het logboek staat alleen dát er iets is gewist, niet
          van wie.
        </li>
        <li>Vindt u dat we niet goed met uw gegevens omgaan, dan kunt u ook een klacht indienen bij de Autoriteit Persoonsgegevens.</li>
      </ul>
    </main>
  );
}
