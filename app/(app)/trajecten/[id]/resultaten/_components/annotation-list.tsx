// Reflections of the experience expert(s), each with its author and who can see it. The query already
// filters by visibility; the tag only tells the reader how far a note is shared.
import type { QuestionnaireTheme } from "@/lib/scan/scoring/types";

export type Visibility = "PRIVATE" | "TANDEM" | "EMPLOYER";

export interface AnnotationView {
  id: string;
  themeKey: string;
  itemKey: string | null;
  body: string;
  visibility: Visibility;
  authorName: string;
  authorId?: string;
  version?: number;
}

const VISIBILITY_TAG: Record<Visibility, { label: string; className: string }> = {
  EMPLOYER: { label: "Gedeeld met werkgever", className: "border-brand-600 bg-brand-50 text-brand-800" },
  TANDEM: { label: "Alleen tandem", className: "border-slate-500 bg-slate-50 text-slate-800" },
  PRIVATE: { label: "Privé (alleen u)", className: "border-dashed border-slate-500 bg-white text-slate-800" },
};

export function VisibilityTag({ visibility }: { visibility: Visibility }) {
  const tag = VISIBILITY_TAG[visibility];
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold ${tag.className}`}>{tag.label}</span>;
}

export function AnnotationList({
  annotations,
  theme,
  renderEditor,
}: {
  annotations: AnnotationView[];
  theme?: QuestionnaireTheme;
  /** edit controls for one note (the route decides whose notes are editable and supplies its actions) */
  renderEditor?: (annotation: AnnotationView) => React.ReactNode;
}) {
  return (
    <ul className="space-y-3">
      {annotations.map((a) => {
        const item = a.itemKey ? theme?.items.find((i) => i.key === a.itemKey) : undefined;
        return (
          <li key={a.id} className="rounded-lg border border-brand-100 bg-sand-50 p-3">
            {item ? (
              <p className="text-sm text-slate-600">
                Bij stelling {item.key}: {item.text}
              </p>
            ) : null}
            <p className="mt-1 whitespace-pre-line text-slate-800">{a.body}</p>
            <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
              <span>— {a.authorName}</span>
              <VisibilityTag visibility={a.visibility} />
            </p>
            {renderEditor?.(a)}
          </li>
        );
      })}
    </ul>
  );
}
