import type { Role } from "@/lib/auth/permissions";

declare module "next-auth" {
  interface User {
    role: Role;
    employerId: string | null;
  }
  interface Session {
    user: { id: string; name: string; email?: string | null; role: Role; employerId: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    employerId?: string | null;
    /** The AuthSession row of this login (lib/auth/auth-sessions.ts). */
    sid?: string;
  }
}
