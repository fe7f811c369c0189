export default function ScanLinkNotFound() {
  return (
    <main id="inhoud" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold text-brand-800">Deze link werkt niet (meer)</h1>
      <p className="mt-4 text-slate-700">
        Misschien is de link verlopen, vervangen door een nieuwere link of niet helemaal goed gekopieerd. Wat u al had ingevuld, is niet
        verloren.
      </p>
      <p className="mt-4 text-slate-700">Neem contact op met de trainer die u heeft uitgenodigd: die kan u een nieuwe link sturen.</p>
    </main>
  );
}
