import { LinkButton } from "@/components/ui/button";
import { EMAIL_CHANGE_LINK_HELP } from "@/lib/users/email-change";

export default function EmailChangeLinkNotFound() {
  return (
    <main id="inhoud" className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-3xl font-bold text-brand-800">Deze link werkt niet (meer)</h1>
      <p className="mt-4 text-slate-700">
        {EMAIL_CHANGE_LINK_HELP} Is uw adres al gewijzigd? Dan kunt u gewoon inloggen met het nieuwe adres.
      </p>
      <LinkButton href="/login" className="mt-8">
        Naar inloggen
      </LinkButton>
    </main>
  );
}
