import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/security/client-address";
import { authenticate } from "./login";
import type { Role } from "./roles";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  secret: env().NEXTAUTH_SECRET,
  providers: [
    CredentialsProvider({
      name: "E-mail en wachtwoord",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Wachtwoord", type: "password" } },
      async authorize(credentials, req) {
        const actor = await authenticate(credentials, { clientAddress: clientAddress(req?.headers ?? {}, env().TRUST_PROXY) });
        return actor ? { id: actor.id, name: actor.name, role: actor.role, employerId: actor.employerId } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.employerId = user.employerId ?? null;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.uid && token.role) {
        session.user.id = token.uid;
        session.user.role = token.role as Role;
        session.user.employerId = token.employerId ?? null;
      }
      return session;
    },
  },
};
