import { LinkButton } from "@/components/ui/button";

export default function Forbidden() {
  return (
    <main id="inhoud" className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-3xl font-bold text-brand-800">Geen toegang</h1>
      <p className="mt-4 text-slate-700">Deze pagina is (nog) niet voor u open. Via de startpagina komt u bij uw eigen overzicht.</p>
      <LinkButton href="/" className="mt-8">
        Naar mijn overzicht
      </LinkButton>
    </main>
  );
}
