export default function AnswerLinkNotFound() {
  return (
    <main id="inhoud" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold text-brand-800">Deze link werkt niet (meer)</h1>
      <p className="mt-4 text-slate-700">
        Met deze link kunt u niet meer laten weten of u komt. Misschien is de bijeenkomst al voorbij of gaat ze niet door, of heeft u
        intussen een nieuwere e-mail over deze bijeenkomst gekregen: gebruik dan de link daarin.
      </p>
      <p className="mt-4 text-slate-700">Vragen? Beantwoord de e-mail met de uitnodiging; die gaat naar de trainer.</p>
    </main>
  );
}
