"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { ariaCurrent, currentNav, entryCurrent, type NavEntry } from "./nav-items";

// The path is read here, in the browser's router, because the layout around it is not rendered again
// when the admin moves to another page: the mark of the current page follows every navigation. Rendered
// on the server too, so the menu and its marks are in the page without JavaScript.

const LINK = "block rounded-md px-2.5 py-2 text-sm font-medium sm:px-3";
const IDLE = "text-slate-700 hover:bg-brand-50 hover:text-brand-800";
// not by colour alone: the current entry is underlined too
const CURRENT = "bg-brand-50 text-brand-800 underline decoration-2 underline-offset-4";

function NavLink({
  href,
  label,
  current,
  className = LINK,
}: {
  href: string;
  label: string;
  current?: "page" | "true";
  className?: string;
}) {
  return (
    <Link href={href} aria-current={current} className={`${className} ${current ? CURRENT : IDLE}`}>
      {label}
    </Link>
  );
}

export function MainNav({ entries }: { entries: NavEntry[] }) {
  // null only outside the App Router (never here); "" then marks nothing
  const pathname = usePathname() ?? "";
  const current = currentNav(entries, pathname);
  return (
    <nav aria-label="Hoofdmenu">
      <ul className="flex flex-wrap gap-1">
        {entries.map((e) => (
          <li key={e.href}>
            <NavLink href={e.href} label={e.label} current={entryCurrent(e, pathname, current)} />
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** On a page of a group: that group's pages, one click apart. Not on the group's own page, which lists them. */
export function GroupNav({ entries }: { entries: NavEntry[] }) {
  // null only outside the App Router (never here); "" then marks nothing
  const pathname = usePathname() ?? "";
  const current = currentNav(entries, pathname);
  const group = current.group;
  if (!group || current.href === group.href) return null;
  return (
    <nav aria-label={`Onderdelen van ${group.label}`} className="border-t border-brand-100 bg-brand-50/40">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4 py-1">
        {group.items.map((i) => (
          <li key={i.href}>
            <NavLink
              href={i.href}
              label={i.label}
              current={ariaCurrent(i.href, pathname, current)}
              className="block rounded-md px-2.5 py-1 text-sm sm:px-3"
            />
          </li>
        ))}
      </ul>
    </nav>
  );
}
