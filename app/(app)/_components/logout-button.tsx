"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function LogoutButton() {
  return (
    <Button variant="quiet" size="sm" onClick={() => signOut({ callbackUrl: "/login" })}>
      Uitloggen
    </Button>
  );
}
