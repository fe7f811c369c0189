// Rows of records with their actions that reflow at any width (issue 24): a list of records, each a
// name, a few labelled facts and its buttons, instead of a table whose buttons a phone pushes off the
// screen. The same elements at every width (tests/unit/width-independent-markup.test.ts): from `sm`
// the buttons sit beside the record instead of under it.

/** The list; `label` names it for a screen reader ("Uitgenodigde personen …"). */
export function RecordList({ label, testId, children }: { label: string; testId?: string; children: React.ReactNode }) {
  return (
    <ul aria-label={label} className="divide-y divide-slate-100 border-y border-slate-100 text-sm" data-testid={testId}>
      {children}
    </ul>
  );
}

/** One record: who or what (title and a line under it), its facts as label–value pairs, its actions. */
export function RecordItem({
  title,
  subtitle,
  facts,
  actions,
  testId,
}: {
  title: React.ReactNode;
  subtitle?: React.ReactNode;
  facts: { label: string; value: React.ReactNode; testId?: string }[];
  actions: React.ReactNode;
  testId?: string;
}) {
  return (
    <li className="flex flex-col gap-3 py-3 sm:flex-row sm:items-start sm:justify-between" data-testid={testId}>
      <div className="min-w-0 break-words">
        <p className="font-semibold text-slate-900">{title}</p>
        {subtitle ? <div className="text-slate-600">{subtitle}</div> : null}
        <dl className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
          {facts.map((f) => (
            <div key={f.label} className="flex min-w-0 gap-1">
              <dt className="text-slate-600">{f.label}:</dt>
              <dd data-testid={f.testId}>{f.value}</dd>
            </div>
          ))}
        </dl>
      </div>
      <div className="flex shrink-0 flex-wrap gap-2 sm:max-w-[50%] sm:justify-end">{actions}</div>
    </li>
  );
}
