// The two mails of an admin's change of an account's login address (lib/users/email-change.ts). Pure.

const SIGNATURE = ["", "Met vriendelijke groet,", "Weerbare Werkgever"];

/** To the NEW address: the one-time link that makes the change. */
export function emailChangeConfirmMail(d: { name: string; newEmail: string; url: string; hours: number }) {
  return {
    subject: "Bevestig uw nieuwe e-mailadres voor Weerbare Werkgever",
    text: [
      `Beste ${d.name},`,
      "",
      `De beheerder van Weerbare Werkgever wil het e-mailadres van uw account wijzigen in dit adres (${d.newEmail}). Bevestig dat via deze link: ${d.url}`,
      "",
      `De link werkt één keer en is ${d.hours} uur geldig. Tot u bevestigt, logt u in met uw huidige e-mailadres. Uw wachtwoord blijft hetzelfde.`,
      "",
      "Heeft u dit niet verwacht? Dan kunt u deze e-mail negeren: er verandert niets.",
      ...SIGNATURE,
    ].join("\n"),
  };
}

/** To the OLD address, once the change is made: so a change the person did not want does not go unnoticed. */
export function emailChangedNoticeMail(d: { name: string; newEmail: string; when: string; admin: { name: string; email: string } | null }) {
  // the notice is sent with the admin as Reply-To (lib/users/email-change.ts), so answering reaches them
  const contact = d.admin
    ? `Was u dit niet? Antwoord dan op deze e-mail, of neem meteen contact op met ${d.admin.name} (${d.admin.email}), de beheerder die de wijziging aanvroeg.`
    : "Was u dit niet? Neem dan meteen contact op met de beheerder van Weerbare Werkgever.";
  return {
    subject: "Uw e-mailadres bij Weerbare Werkgever is gewijzigd",
    text: [
      `Beste ${d.name},`,
      "",
      `Het e-mailadres van uw account bij Weerbare Werkgever is op ${d.when} gewijzigd in ${d.newEmail}. Voortaan logt u daarmee in en gaat de e-mail van de app naar dat adres. Uw wachtwoord is niet veranderd.`,
      "",
      "Was u dit zelf, of vroeg u de beheerder erom? Dan hoeft u niets te doen.",
      `${contact} De beheerder kan uw account tijdelijk uitzetten en het adres terugzetten.`,
      ...SIGNATURE,
    ].join("\n"),
  };
}
