import { resetSecondFactorAction, sendAccountLinkAction, setExpertStatusAction, setUserActiveAction } from "../actions";
import { LinkButton } from "@/components/ui/button";
import { RowAction } from "@/components/ui/row-action";
import { ROLE_LABEL, roleHasExpertProfile, type Role } from "@/lib/auth/roles";
import { EMPLOYER_FUNCTION_LABEL } from "@/lib/employers/labels";
import { withInBrackets } from "@/lib/format/sentence";
import type { listUsers } from "@/lib/users/queries";
import { RecordItem, RecordList } from "@/components/ui/record-list";

type UserRow = Awaited<ReturnType<typeof listUsers>>[number];

function stateText(u: UserRow) {
  if (!u.active) return "Staat uit";
  const expert = u.expertProfile ? [u.expertProfile.paused ? "op pauze" : null] : [];
  const secondFactor = u.totpEnabledAt ? "tweede stap aan" : null;
  return [u.hasPassword ? "Actief" : "Wacht op wachtwoord", secondFactor, ...expert].filter(Boolean).join(" · ");
}

/** "geldig", "geen" or "ingetrokken": whether the expert is certified, from their certificates (lib/certificates/status.ts). */
function certificateText(c: UserRow["certificates"]) {
  if (c.valid > 0) return c.valid === 1 ? "geldig" : `${c.valid} geldig`;
  return c.revoked > 0 ? "ingetrokken, geen geldig certificaat" : "nog geen";
}

export function UserTable({ users, selfId }: { users: UserRow[]; selfId: string }) {
  return (
    <RecordList label="Alle accounts met hun rol en stand" testId="user-table">
      {users.map((u) => (
        <RecordItem
          key={u.id}
          testId={`user-${u.email}`}
          title={u.name}
          subtitle={
            <>
              {u.email}
              {u.pendingEmail ? (
                <span className="block" data-testid="pending-email">
                  Wacht op bevestiging: {u.pendingEmail}
                </span>
              ) : null}
            </>
          }
          facts={[
            { label: "Rol", value: ROLE_LABEL[u.role as Role] },
            ...(u.employer
              ? [
                  {
                    label: "Werkgever",
                    value: u.keyPerson ? withInBrackets(u.employer.name, EMPLOYER_FUNCTION_LABEL[u.keyPerson.function]) : u.employer.name,
                  },
                ]
              : []),
            { label: "Stand", value: stateText(u) },
            ...(roleHasExpertProfile(u.role) ? [{ label: "Certificaat", value: certificateText(u.certificates) }] : []),
          ]}
          actions={
            <>
              {u.active ? (
                <RowAction
                  labelFor={u.name}
                  action={sendAccountLinkAction}
                  fields={{ userId: u.id }}
                  label={u.hasPassword ? "Link voor nieuw wachtwoord" : "Link opnieuw sturen"}
                />
              ) : null}
              {u.active ? (
                <LinkButton href={`/beheer/gebruikers/${u.id}/e-mailadres`} variant="secondary" size="sm" className="self-start">
                  {/* "… van <naam>": which account, for a screen reader (WCAG 2.4.4); the sr-only span is read after a space */}
                  E-mailadres wijzigen<span className="sr-only"> van {u.name}</span>
                </LinkButton>
              ) : null}
              {u.hasSecondFactor ? (
                <RowAction
                  labelFor={u.name}
                  action={resetSecondFactorAction}
                  fields={{ userId: u.id }}
                  label="Tweede stap herstellen"
                  confirm={`De tweede stap van ${u.name} wissen? Bij de volgende keer inloggen stelt ${u.name} hem opnieuw in. ${u.name} krijgt hierover een e-mail.`}
                />
              ) : null}
              {roleHasExpertProfile(u.role) ? (
                <LinkButton href={`/beheer/gebruikers/${u.id}/certificaten`} variant="secondary" size="sm" className="self-start">
                  Certificaten<span className="sr-only"> van {u.name}</span>
                </LinkButton>
              ) : null}
              {u.expertProfile ? (
                <>
                  <RowAction
                    labelFor={u.name}
                    action={setExpertStatusAction}
                    fields={{ userId: u.id, field: "paused", value: u.expertProfile.paused ? "false" : "true" }}
                    label={u.expertProfile.paused ? "Pauze beëindigen" : "Pauzeren"}
                  />
                </>
              ) : null}
              {u.id === selfId ? null : u.active ? (
                <RowAction
                  labelFor={u.name}
                  action={setUserActiveAction}
                  fields={{ userId: u.id, active: "false" }}
                  label="Account uitzetten"
                  confirm={`Het account van ${u.name} uitzetten? Inloggen kan dan niet meer.`}
                />
              ) : (
                <RowAction
                  action={setUserActiveAction}
                  labelFor={u.name}
                  fields={{ userId: u.id, active: "true" }}
                  label="Account weer aanzetten"
                />
              )}
            </>
          }
        />
      ))}
    </RecordList>
  );
}
