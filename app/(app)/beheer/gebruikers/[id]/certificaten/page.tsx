import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { RecordItem, RecordList } from "@/components/ui/record-list";
import { RowAction } from "@/components/ui/row-action";
import { orNotFound, requireActorPage } from "@/lib/auth/session";
import { certificatesOfUser } from "@/lib/certificates/queries";
import { cohortText } from "@/lib/certificates/labels";
import { formatDate } from "@/lib/dates";
import { userIdSchema } from "@/lib/users/schema";
import { revokeCertificateAction } from "../../actions";

export const metadata: Metadata = { title: "Certificaten · Gebruikers" };

const link = "font-semibold text-brand-800 underline underline-offset-2";

// An expert's certificates for the admin (issue 27, docs/decisions/036-certificates.md): each with its
// cohort (or "overgenomen"), date, who issued it, the verification code and whether it still holds; the
// PDF to download, and revoking (confirmed first, audited). A revoked certificate stays listed.
export default async function CertificatesPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActorPage("user:manage");
  const id = userIdSchema.safeParse({ userId: (await params).id });
  if (!id.success) notFound();
  const user = await orNotFound(certificatesOfUser({ actor, userId: id.data.userId }));
  const valid = user.certificates.some((c) => c.revokedAt === null);
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/beheer/gebruikers" className={link}>
          ← Alle gebruikers
        </Link>
      </p>
      <PageHeader
        title={`Certificaten: ${user.name}`}
        intro={
          valid
            ? `${user.name} is gecertificeerd: trainers kunnen ${user.name} vragen voor een traject. Iedereen met de code kan het certificaat controleren op /certificaat.`
            : `${user.name} heeft geen geldig certificaat en wordt trainers niet aangeboden. Een certificaat volgt op de afgeronde training.`
        }
      />
      {user.certificates.length === 0 ? (
        <p className="max-w-2xl text-slate-700" data-testid="no-certificates">
          Nog geen certificaten.
        </p>
      ) : (
        <RecordList label={`Certificaten van ${user.name}`} testId="certificate-list">
          {user.certificates.map((c) => (
            <RecordItem
              key={c.id}
              testId={`certificate-${c.code}`}
              title={`Certificaat van ${formatDate(c.issuedAt)}`}
              subtitle={c.revokedAt ? `Ingetrokken op ${formatDate(c.revokedAt)} door ${c.revokedByName ?? "onbekend"}` : "Geldig"}
              facts={[
                { label: "Cohort", value: cohortText(c) },
                { label: "Uitgegeven door", value: c.issuedByName },
                { label: "Controlecode", value: c.formattedCode },
              ]}
              actions={
                <>
                  <a href={`/api/certificaten/${c.id}`} className={`${link} self-start text-sm`} download>
                    PDF downloaden<span className="sr-only"> (certificaat van {formatDate(c.issuedAt)})</span>
                  </a>
                  {c.revokedAt ? null : (
                    <RowAction
                      action={revokeCertificateAction}
                      fields={{ certificateId: c.id }}
                      label="Certificaat intrekken"
                      labelFor={`${user.name}, ${formatDate(c.issuedAt)}`}
                      confirm={`Het certificaat van ${user.name} intrekken? Daarna bevestigt de controlepagina het niet meer, en kunnen trainers ${user.name} niet meer vragen voor een nieuw traject. Dit kan niet ongedaan worden gemaakt.`}
                    />
                  )}
                </>
              }
            />
          ))}
        </RecordList>
      )}
    </>
  );
}
