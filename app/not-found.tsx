import { LinkButton } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main id="inhoud" className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-3xl font-bold text-brand-800">Deze pagina is niet gevonden</h1>
      <p className="mt-4 text-slate-700">
        De pagina bestaat niet (meer), of u heeft er geen toegang toe. Controleer het adres, of ga terug naar de startpagina.
      </p>
      <LinkButton href="/" className="mt-8">
        Naar de startpagina
      </LinkButton>
    </main>
  );
}
