"use client";

import type { ComponentProps } from "react";
import { Button, type ButtonStyle } from "./button";

/**
 * The one submit button of a form that is busy for a moment (issue 23). While busy it stays
 * focusable: a `disabled` button drops keyboard focus to <body>, and a screen-reader user loses their
 * place after every save. It says so with aria-disabled and swallows repeat clicks (and Enter in a
 * field, which clicks the default button) until the answer is in.
 */
export function SubmitButton({
  busy,
  busyLabel = "Bezig…",
  children,
  onClick,
  ...props
}: ButtonStyle & Omit<ComponentProps<"button">, "type" | "disabled"> & { busy: boolean; busyLabel?: string }) {
  return (
    <Button
      {...props}
      type="submit"
      aria-disabled={busy || undefined}
      onClick={(e) => {
        if (busy) return e.preventDefault();
        onClick?.(e);
      }}
    >
      {busy ? busyLabel : children}
    </Button>
  );
}
