"use client";

import { useEffect, useRef } from "react";

/**
 * What just happened to this entry, after its edit page returned to the list. Focus moves here, so a
 * keyboard or screen reader user continues beside the entry they edited, not at the top of 59 others;
 * without JavaScript the address's #anchor scrolls the page here.
 */
export function EntryNotice({ text }: { text: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <p ref={ref} tabIndex={-1} role="status" className="mt-2 text-sm font-semibold text-brand-800" data-testid="solution-notice">
      {text}
    </p>
  );
}
