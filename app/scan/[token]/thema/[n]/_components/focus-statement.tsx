"use client";

import { useEffect } from "react";

/**
 * Arriving at one statement (#stelling-<key>, from "Verder waar u was" or a link on the review page):
 * the browser scrolls there by itself, and without JavaScript the next Tab starts there; with it, the
 * focus lands on the statement's chosen answer, or its first option, so a keyboard or screen reader
 * user is where the link said.
 */
export function FocusStatement() {
  useEffect(() => {
    const focus = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      const statement = id ? document.getElementById(id) : null;
      if (!statement?.matches("fieldset[data-item]")) return;
      const input =
        statement.querySelector<HTMLInputElement>("input[type=radio]:checked:not(:disabled)") ??
        statement.querySelector<HTMLInputElement>("input[type=radio]:not(:disabled)");
      statement.scrollIntoView({ block: "start" });
      input?.focus({ preventScroll: true });
    };
    focus();
    window.addEventListener("hashchange", focus);
    return () => window.removeEventListener("hashchange", focus);
  }, []);
  return null;
}
