import Link from "next/link";
import { roleLabelOf, type Actor } from "@/lib/auth/roles";
import { LogoutButton } from "./logout-button";
import { navItemsFor } from "./nav-items";

export function SiteHeader({ actor }: { actor: Actor }) {
  return (
    <header className="border-b border-brand-100 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-800">
          Weerbare Werkgever
        </Link>
        <nav aria-label="Hoofdmenu">
          <ul className="flex flex-wrap gap-1">
            {navItemsFor(actor).map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-brand-50 hover:text-brand-800"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
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
    </header>
  );
}
