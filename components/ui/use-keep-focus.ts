"use client";

import { useLayoutEffect, type RefObject } from "react";

/**
 * A form removed with the row it acts on (a deleted vervolgstap or key person, a list confirmed) takes
 * keyboard focus with it, and the browser drops focus to <body>: a screen-reader user starts over at
 * the top (issue 23). On its way out, while still in the page, a form that holds focus hands it to
 * the section around it, which a screen reader then names. A spot that knows better (a moved card,
 * a status line: components/gedragscode/clause-list.tsx) moves it on afterwards.
 */
export function useKeepFocusOnRemoval(ref: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const form = ref.current;
    return () => {
      // layout cleanups of a removed subtree run before its nodes leave the document
      if (!form?.contains(document.activeElement)) return;
      const region = form.parentElement?.closest<HTMLElement>("section, main");
      setTimeout(() => {
        const dropped = !document.activeElement || document.activeElement === document.body;
        if (!region?.isConnected || !dropped) return;
        if (!region.hasAttribute("tabindex")) region.tabIndex = -1;
        region.focus();
      });
    };
  }, [ref]);
}
