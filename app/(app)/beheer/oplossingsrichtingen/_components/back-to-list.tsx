import Link from "next/link";
import { LIST_PATH } from "../notice";

export function BackToList() {
  return (
    <p className="mb-4 text-sm">
      <Link href={LIST_PATH} className="font-semibold text-brand-800 underline underline-offset-2">
        ← Alle oplossingsrichtingen
      </Link>
    </p>
  );
}
