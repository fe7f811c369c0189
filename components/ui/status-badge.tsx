import { TRAJECT_STATUS_LABEL, type TrajectStatusKey } from "@/lib/trajecten/labels";

export function StatusBadge({ status }: { status: TrajectStatusKey }) {
  return (
    <span className="inline-flex items-center rounded-full border border-brand-200 bg-brand-50 px-2.5 py-0.5 text-xs font-semibold text-brand-800">
      {TRAJECT_STATUS_LABEL[status]}
    </span>
  );
}
