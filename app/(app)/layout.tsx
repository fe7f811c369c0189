import { redirect } from "next/navigation";
import { SiteHeader } from "./_components/site-header";
import { getActor } from "@/lib/auth/session";

// Comfort only: every page below still checks its own permission and scope.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return (
    <>
      <SiteHeader actor={actor} />
      <main id="inhoud" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
