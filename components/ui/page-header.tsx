export function PageHeader({ title, intro, children }: { title: string; intro?: React.ReactNode; children?: React.ReactNode }) {
  return (
    <div className="mb-8 flex flex-wrap items-end justify-between gap-4">
      <div className="max-w-3xl">
        <h1 className="text-2xl font-bold text-brand-800 sm:text-3xl">{title}</h1>
        {intro ? <div className="mt-2 text-slate-700">{intro}</div> : null}
      </div>
      {children}
    </div>
  );
}
