export default function BoardLinkNotFound() {
  return (
    <main id="inhoud" className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-3xl font-bold text-brand-800">Deze bordlink werkt niet (meer)</h1>
      <p className="mt-4 text-slate-700">
        Een bordlink werkt tot zes uur na afloop van de bijeenkomst, of tot de trainer hem intrekt. Vraag de trainer om een nieuwe.
      </p>
    </main>
  );
}
