import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/security/client-address";
import { actorForLogin, endLogin, LOGIN_LIFETIME_SECONDS, startLogin } from "./logins";
import { authCookies } from "./cookies";
import { authorizeCredentials } from "./credentials";
import type { Role } from "./roles";

export const authOptions: NextAuthOptions = {
  // The cookie may live as long as the session row; the row's fixed expiresAt is what ends it
  // (docs/decisions/005-jwt-sessions.md), so refreshing the token never extends a session.
  session: { strategy: "jwt", maxAge: LOGIN_LIFETIME_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  secret: env().NEXTAUTH_SECRET,
  // __Host- cookies under https (lib/auth/cookies.ts)
  cookies: authCookies(env().APP_URL),
  providers: [
    CredentialsProvider({
      name: "E-mail en wachtwoord",
      credentials: {
        email: { label: "E-mail", type: "email" },
        password: { label: "Wachtwoord", type: "password" },
        code: { label: "Code", type: "text" },
      },
      authorize: (credentials, req) =>
        authorizeCredentials(credentials, { clientAddress: clientAddress(req?.headers ?? {}, env().TRUST_PROXY) }),
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      // `user` is only there right after authorize(): one session row per login, its id in the token
      if (user) {
        token.sid = await startLogin({ userId: user.id });
        token.uid = user.id;
        token.role = user.role;
        token.employerId = user.employerId ?? null;
      }
      return token;
    },
    async session({ session, token }) {
      // the browser's /api/auth/session: an ended, expired or idle login answers nothing ({}), and
      // asking does not count as activity (docs/decisions/005-jwt-sessions.md)
      if (!(await actorForLogin({ userId: token.uid, loginId: token.sid, touch: false }))) return {} as typeof session;
      if (session.user && token.uid && token.role) {
        session.user.id = token.uid;
        session.user.role = token.role as Role;
        session.user.employerId = token.employerId ?? null;
      }
      return session;
    },
  },
  events: {
    // Logging out ends this session's row, not just this browser's cookie (a copied token stops working too).
    async signOut({ token }) {
      await endLogin({ userId: token?.uid, loginId: token?.sid });
    },
  },
};
