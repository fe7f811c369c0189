// A task on someone's home page (issue 24): derived from facts each time the page is read, never stored,
// so it cannot go stale; done is when the fact changes. One click leads to where it is done.

export interface Task {
  /** Stable per fact ("<traject id>:close-scan"): a React key, and what tests name */
  key: string;
  /** What to do, as an instruction ("Sluit de scan") */
  title: string;
  /** Why now, in a sentence: the method the person does not have to know by heart */
  why: string;
  /** Where it is done */
  href: string;
  /** Which traject (or other record) it is about, shown above the title */
  context?: string;
  /** When it is due: overdue tasks come first, then the soonest */
  due: Date | null;
}

/**
 * By urgency: overdue first (oldest first), then due soonest, then the rest in the order given (the
 * method's order). Stable, so equal tasks keep the order their rules gave them.
 */
export function byUrgency(tasks: Task[]): Task[] {
  const rank = (t: Task) => (t.due ? t.due.getTime() : Number.POSITIVE_INFINITY);
  return tasks
    .map((task, index) => ({ task, index }))
    .sort((a, b) => rank(a.task) - rank(b.task) || a.index - b.index)
    .map((x) => x.task);
}

/** A maker of one traject's tasks: its key is "<traject id>:<step>", its context the traject's name. */
export const trajectTaskMaker =
  (traject: { id: string; name: string }) =>
  (step: string, title: string, why: string, href: string, due: Date | null = null): Task => ({
    key: `${traject.id}:${step}`,
    title,
    why,
    href,
    context: traject.name,
    due,
  });
