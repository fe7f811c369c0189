"use client";

import { useState } from "react";
import { LOGO_TOO_LARGE, LOGO_WRONG_TYPE, MAX_LOGO_BYTES } from "@/lib/organisation/schema";

/**
 * The logo's file input. A file that is too large or not a PNG/JPEG by its name's type is refused in
 * the browser (the input's own validity, so the form is not sent): a large file would otherwise hit the
 * server-action body limit before our Dutch message. The server checks the bytes again.
 */
export function LogoInput(props: { id: string; "aria-describedby"?: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const errorId = `${props.id}-problem`;
  return (
    <>
      <input
        {...props}
        aria-describedby={[props["aria-describedby"], problem ? errorId : null].filter(Boolean).join(" ") || undefined}
        aria-invalid={problem ? true : undefined}
        name="logo"
        type="file"
        accept="image/png,image/jpeg"
        required
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          const message = !file
            ? ""
            : file.size > MAX_LOGO_BYTES
              ? LOGO_TOO_LARGE
              : file.type && !["image/png", "image/jpeg"].includes(file.type)
                ? LOGO_WRONG_TYPE
                : "";
          e.currentTarget.setCustomValidity(message);
          setProblem(message || null);
        }}
        className="block w-full text-base text-slate-900 file:mr-4 file:rounded-md file:border file:border-brand-600 file:bg-white file:px-4 file:py-2 file:font-semibold file:text-brand-800"
      />
      {problem ? (
        <p id={errorId} className="text-sm font-medium text-amber-800">
          {problem}
        </p>
      ) : null}
    </>
  );
}
