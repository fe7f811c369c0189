"use client";

import { signOut } from "next-auth/react";

export function LogoutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className="rounded-md border border-brand-200 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50"
    >
      Uitloggen
    </button>
  );
}
