import Link from "next/link";
import { formatDate } from "@/lib/dates";
import type { Task } from "@/lib/tasks/types";

// "Wat nu?" on a home page (issue 24): each task one click from where it is done, with why it matters
// now. The list is derived from facts on every visit (lib/tasks), so a done task is simply gone.

export function TaskList({ tasks, now, empty }: { tasks: Task[]; now: Date; empty: string }) {
  return (
    <section aria-labelledby="taken-titel" className="mb-8" data-testid="tasks">
      <h2 id="taken-titel" className="mb-3 text-lg font-semibold text-brand-800">
        Wat nu?
      </h2>
      {tasks.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-slate-700">{empty}</p>
      ) : (
        <ol className="space-y-3">
          {tasks.map((task) => {
            const overdue = task.due !== null && task.due.getTime() < now.getTime();
            return (
              <li key={task.key} className="rounded-xl border border-brand-100 bg-white p-4 shadow-sm" data-task={task.key}>
                {task.context ? <p className="text-sm text-slate-600">{task.context}</p> : null}
                <p className="font-semibold">
                  <Link href={task.href} className="text-brand-800 underline underline-offset-4 hover:text-brand-900">
                    {task.title}
                  </Link>
                </p>
                <p className="mt-1 text-sm text-slate-700">{task.why}</p>
                {task.due ? (
                  <p className={`mt-1 text-sm font-medium ${overdue ? "text-amber-900" : "text-slate-700"}`}>
                    {overdue ? `Sinds ${formatDate(task.due)}` : `Vóór ${formatDate(task.due)}`}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
