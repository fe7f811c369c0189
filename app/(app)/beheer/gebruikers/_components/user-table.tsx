import { resetSecondFactorAction, sendAccountLinkAction, setExpertStatusAction, setUserActiveAction } from "../actions";
import { LinkButton } from "@/components/ui/button";
import { RowAction } from "@/components/ui/row-action";
import { ROLE_LABEL, type Role } from "@/lib/auth/roles";
import { EMPLOYER_FUNCTION_LABEL } from "@/lib/employers/labels";
import { withInBrackets } from "@/lib/format/sentence";
import type { listUsers } from "@/lib/users/queries";
import { TableRegion, Th, theadClass } from "@/components/ui/table";

type UserRow = Awaited<ReturnType<typeof listUsers>>[number];

function stateText(u: UserRow) {
  if (!u.active) return "Staat uit";
  const expert = u.expertProfile ? [u.expertProfile.certified ? "gecertificeerd" : null, u.expertProfile.paused ? "op pauze" : null] : [];
  const secondFactor = u.totpEnabledAt ? "tweede stap aan" : null;
  return [u.hasPassword ? "Actief" : "Wacht op wachtwoord", secondFactor, ...expert].filter(Boolean).join(" · ");
}

export function UserTable({ users, selfId }: { users: UserRow[]; selfId: string }) {
  return (
    <TableRegion label="Gebruikers, horizontaal scrollbaar">
      <table className="w-full min-w-[44rem] text-left text-sm" data-testid="user-table">
        <caption className="sr-only">Alle accounts met hun rol en stand</caption>
        <thead className={theadClass}>
          <tr>
            <Th>Naam</Th>
            <Th>Rol</Th>
            <Th>Werkgever</Th>
            <Th>Stand</Th>
            <Th>Acties</Th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b border-slate-100 align-top" data-testid={`user-${u.email}`}>
              <td className="py-2 pr-3">
                <span className="font-semibold text-slate-900">{u.name}</span>
                <br />
                <span className="text-slate-600">{u.email}</span>
                {u.pendingEmail ? (
                  <span className="block text-slate-600" data-testid="pending-email">
                    Wacht op bevestiging: {u.pendingEmail}
                  </span>
                ) : null}
              </td>
              <td className="py-2 pr-3">{ROLE_LABEL[u.role as Role]}</td>
              <td className="py-2 pr-3">
                {u.employer
                  ? u.keyPerson
                    ? withInBrackets(u.employer.name, EMPLOYER_FUNCTION_LABEL[u.keyPerson.function])
                    : u.employer.name
                  : "—"}
              </td>
              <td className="py-2 pr-3">{stateText(u)}</td>
              <td className="py-2">
                <div className="flex flex-wrap gap-2">
                  {u.active ? (
                    <RowAction
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
                      action={resetSecondFactorAction}
                      fields={{ userId: u.id }}
                      label="Tweede stap herstellen"
                      confirm={`De tweede stap van ${u.name} wissen? Bij de volgende keer inloggen stelt ${u.name} hem opnieuw in. ${u.name} krijgt hierover een e-mail.`}
                    />
                  ) : null}
                  {u.expertProfile ? (
                    <>
                      <RowAction
                        action={setExpertStatusAction}
                        fields={{ userId: u.id, field: "certified", value: u.expertProfile.certified ? "false" : "true" }}
                        label={u.expertProfile.certified ? "Certificering intrekken" : "Certificeren"}
                      />
                      <RowAction
                        action={setExpertStatusAction}
                        fields={{ userId: u.id, field: "paused", value: u.expertProfile.paused ? "false" : "true" }}
                        label={u.expertProfile.paused ? "Pauze beëindigen" : "Pauzeren"}
                      />
                    </>
                  ) : null}
                  {u.id === selfId ? null : u.active ? (
                    <RowAction
                      action={setUserActiveAction}
                      fields={{ userId: u.id, active: "false" }}
                      label="Account uitzetten"
                      confirm={`Het account van ${u.name} uitzetten? Inloggen kan dan niet meer.`}
                    />
                  ) : (
                    <RowAction action={setUserActiveAction} fields={{ userId: u.id, active: "true" }} label="Account weer aanzetten" />
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
