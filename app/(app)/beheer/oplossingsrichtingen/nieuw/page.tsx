import type { Metadata } from "next";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { listSolutionsForAdmin } from "@/lib/library/solutions";
import { BackToList } from "../_components/back-to-list";
import { SolutionFields } from "../_components/solution-fields";
import { createSolutionAction } from "../actions";

export const metadata: Metadata = { title: "Nieuwe oplossingsrichting · Beheer" };

export default async function NewSolutionPage() {
  const actor = await requireActorPage("library:edit");
  const { themes } = await listSolutionsForAdmin(actor);
  return (
    <>
      <BackToList />
      <PageHeader
        title="Nieuwe oplossingsrichting"
        intro="Hij krijgt een eigen code (EIGEN-…) en wordt meteen aangeboden bij de thema's die u kiest."
      />
      <ActionForm
        action={createSolutionAction}
        submitLabel="Toevoegen"
        className="max-w-2xl space-y-4 rounded-xl border border-brand-100 bg-white p-4"
      >
        <SolutionFields idPrefix="nieuw" values={{ title: "", description: "", themes: [], forAllThemes: false }} themes={themes} />
      </ActionForm>
    </>
  );
}
