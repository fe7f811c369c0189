import Link from "next/link";
import type { ComponentProps } from "react";

// The one button style (issue 21; shadcn/taxonomy's components/ui/button). No hooks and no
// "use client": a submit button renders in server components; onClick only works from client ones.
export type ButtonVariant = "primary" | "secondary" | "quiet" | "danger";
export type ButtonSize = "sm" | "md" | "lg";

// Every variant has a 1px border (transparent where unseen), so a primary and a secondary side by side
// are the same height. min-h-6 min-w-6: WCAG 2.2's 24×24 target even for a one-letter label. The focus
// ring is global (app/globals.css :focus-visible).
const base =
  "inline-flex min-h-6 min-w-6 items-center justify-center gap-2 rounded-md border font-semibold disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-wait aria-disabled:opacity-60";
const variants: Record<ButtonVariant, string> = {
  primary: "border-transparent bg-brand-700 text-white shadow-sm hover:bg-brand-800",
  secondary: "border-brand-600 bg-white text-brand-800 hover:bg-brand-50",
  quiet: "border-transparent text-brand-800 hover:bg-brand-50",
  // Irreversible steps (erasure, removing demo data): dark amber, never a red "fail" colour.
  danger: "border-amber-700 bg-white text-amber-900 hover:bg-amber-50",
};
const sizes: Record<ButtonSize, string> = {
  sm: "px-3 py-2 text-sm",
  md: "px-4 py-2 text-base",
  // the respondent's scan: a large target on a phone
  lg: "px-5 py-3 text-base",
};

export type ButtonStyle = { variant?: ButtonVariant; size?: ButtonSize; className?: string };

/** The classes, for the rare element that is neither a button nor a page link (a file download). */
export function buttonStyle({ variant = "primary", size = "md", className }: ButtonStyle = {}): string {
  return [base, variants[variant], sizes[size], className].filter(Boolean).join(" ");
}

export function Button({ variant, size, className, type = "button", ...props }: ButtonStyle & ComponentProps<"button">) {
  return <button type={type} className={buttonStyle({ variant, size, className })} {...props} />;
}

/** A link that looks like a button: navigation, not an action. */
export function LinkButton({ variant, size, className, ...props }: ButtonStyle & ComponentProps<typeof Link>) {
  return <Link className={buttonStyle({ variant, size, className })} {...props} />;
}
