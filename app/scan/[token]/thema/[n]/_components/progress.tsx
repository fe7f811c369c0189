export function ScanProgress({
  current,
  total,
  answered,
  totalItems,
}: {
  current: number;
  total: number;
  answered: number;
  totalItems: number;
}) {
  const pct = Math.round((answered / Math.max(totalItems, 1)) * 100);
  return (
    <div className="mb-6">
      <p className="text-sm font-semibold text-slate-700">
        Thema {current} van {total}
        <span className="font-normal text-slate-600">
          {" "}
          · {answered} van {totalItems} stellingen beantwoord
        </span>
      </p>
      <div className="mt-2 h-2 w-full overflow-hidden rounded-full bg-brand-100" aria-hidden="true">
        <div className="h-full rounded-full bg-brand-600" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}
