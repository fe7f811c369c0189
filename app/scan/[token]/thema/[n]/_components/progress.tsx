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
      {/* SVG, not a styled div: the policy allows no style attribute (lib/security/csp.ts) */}
      <svg className="mt-2 block h-2 w-full" aria-hidden="true">
        <rect width="100%" height="100%" rx="4" className="fill-brand-100" />
        {pct > 0 ? <rect width={`${pct}%`} height="100%" rx="4" className="fill-brand-600" /> : null}
      </svg>
    </div>
  );
}
