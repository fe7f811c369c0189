import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { notFoundResponse } from "@/lib/http/download";

const handler = NextAuth(authOptions);

// next-auth answers a GET on a credentials provider's callback with a 500 ("not supported"): signing in
// with a password is a POST only, so a GET there is a route that does not exist, and gets its plain 404.
const credentialsProviders = new Set(authOptions.providers.filter((p) => p.type === "credentials").map((p) => p.id));

type Context = { params: Promise<{ nextauth?: string[] }> };

async function GET(request: Request, context: Context) {
  const [action, provider] = (await context.params).nextauth ?? [];
  if (action === "callback" && provider !== undefined && credentialsProviders.has(provider)) return notFoundResponse();
  return handler(request, context);
}

export { GET, handler as POST };
