import Link from "next/link";
import { roleLabelOf, type Actor } from "@/lib/auth/roles";
import { LogoutButton } from "./logout-button";
import { GroupNav, MainNav } from "./main-nav";
import { navFor } from "./nav-items";

export function SiteHeader({ actor }: { actor: Actor }) {
  const entries = navFor(actor);
  return (
    <header className="border-b border-brand-100 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-800">
          Weerbare Werkgever
        </Link>
        <MainNav entries={entries} />
        <div className="flex items-center gap-3">
          <p className="text-right text-sm leading-tight">
            <Link
              href="/account"
              className="block font-semibold text-slate-900 underline-offset-2 hover:underline"
              data-testid="user-name"
              aria-label={`Mijn account: ${actor.name}`}
            >
              {actor.name}
            </Link>
            <span className="block text-slate-600">{roleLabelOf(actor)}</span>
          </p>
          <LogoutButton />
        </div>
      </div>
      <GroupNav entries={entries} />
    </header>
  );
}
