"use client";

import { useEffect, useRef } from "react";

// The projector marks what just changed for a few seconds (a new card, a changed afspraak, a total that
// moved): after each refresh it compares what it shows with what it showed before. An item says who it
// is and what it looks like with data-mark-id and data-mark-stamp; the code's afspraken (BoardView) are
// recognised by their title and text. The mark is a data-mark attribute the stylesheet draws (an outline
// and the word "Nieuw" or "Gewijzigd": not colour alone); with prefers-reduced-motion it does not move.
// The first render of a view marks nothing (the wrapper is keyed by the view): only changes are news.

const MARK_MS = 8_000;
const ITEMS = "[data-mark-id], [data-testid='board-clause']";

const idOf = (el: HTMLElement) => el.dataset.markId ?? `title:${el.querySelector("h3")?.textContent ?? el.textContent ?? ""}`;
const stampOf = (el: HTMLElement) => el.dataset.markStamp ?? el.textContent ?? "";

export function ChangeMarks({ children }: { children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const seen = useRef<Map<string, string> | null>(null);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());

  // after every render (a refresh brings new children): what is new or different since the last one
  useEffect(() => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];
    const before = seen.current;
    seen.current = new Map(items.map((el) => [idOf(el), stampOf(el)]));
    if (!before) return;
    for (const el of items) {
      const was = before.get(idOf(el));
      if (was === stampOf(el)) continue;
      el.dataset.mark = was === undefined ? "new" : "changed";
      const timer = setTimeout(() => {
        delete el.dataset.mark;
        timers.current.delete(timer);
      }, MARK_MS);
      timers.current.add(timer);
    }
  });

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);

  return <div ref={ref}>{children}</div>;
}
