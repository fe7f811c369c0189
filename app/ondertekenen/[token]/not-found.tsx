export default function SigningLinkNotFound() {
  return (
    <main id="inhoud" className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-3xl font-bold text-brand-800">Deze link werkt niet (meer)</h1>
      <p className="mt-4 text-slate-700">
        Een ondertekenlink werkt één keer en is twee weken geldig. Misschien heeft u al getekend, is er intussen een nieuwe link gestuurd,
        of is de code al vastgesteld. Vraag de trainer of de HR-afdeling om een nieuwe link als u nog wilt tekenen.
      </p>
    </main>
  );
}
