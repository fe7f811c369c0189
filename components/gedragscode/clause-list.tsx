"use client";

import { createContext, useContext, useEffect, useRef, useState } from "react";
import { movedMessage } from "@/lib/board/places";

// After "Omhoog"/"Omlaag" the card's node moves and after "Verwijderen" it is gone: either way the
// browser drops keyboard focus to <body> (issue 23). The card says what it asked for; once the list
// shows the result, focus goes back to the button pressed on the moved card (the other one when it is
// at an end now; the card itself when neither is there) and the status line says its new place
// (issue 26), or focus goes to the status line saying what went.

type Expected = { kind: "move" | "remove"; clauseId: string; title: string; button?: "up" | "down" };

const ExpectChange = createContext<(change: Expected) => void>(() => undefined);

/** For a card: call before submitting a move or a removal. */
export const useExpectClauseChange = () => useContext(ExpectChange);

export function ClauseList({ ids, children, className }: { ids: string[]; children: React.ReactNode; className?: string }) {
  const expected = useRef<Expected | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const [message, setMessage] = useState("");
  const order = ids.join(" ");
  useEffect(() => {
    const change = expected.current;
    if (!change) return;
    if (change.kind === "move") {
      const card = list.current?.querySelector<HTMLElement>(`[data-clause-id="${CSS.escape(change.clauseId)}"]`);
      if (!card) return;
      expected.current = null;
      const other = change.button === "up" ? "down" : "up";
      const button =
        card.querySelector<HTMLElement>(`[data-move="${change.button}"]`) ?? card.querySelector<HTMLElement>(`[data-move="${other}"]`);
      (button ?? card).focus();
      const ids = order.split(" ");
      setMessage(movedMessage(change.title, ids.indexOf(change.clauseId), ids.length));
    } else if (!order.split(" ").includes(change.clauseId)) {
      expected.current = null;
      setMessage(`"${change.title}" is uit de code gehaald.`);
      status.current?.focus();
    }
  }, [order]);
  return (
    <ExpectChange.Provider value={(change) => (expected.current = change)}>
      <ul ref={list} className={className}>
        {children}
      </ul>
      <p ref={status} tabIndex={-1} role="status" aria-live="polite" className="text-sm text-brand-800" data-testid="clause-list-status">
        {message}
      </p>
    </ExpectChange.Provider>
  );
}
