// Client-safe texts of the health-data check (issue 25): the reminder every free-text field whose text
// can reach the employer, a file or another person carries, and the question the check asks on save.

export const HEALTH_REMINDER =
  "Schrijf hier niets over de gezondheid van een medewerker of een ander: geen diagnose, medicijnen, behandeling of ziekteverzuim.";

export const HEALTH_QUESTION = "Staat hier gezondheidsinformatie over iemand? Die hoort hier niet.";

/** The form field that says "Toch bewaren": its value is the only thing the check reads from a form. */
export const HEALTH_CONFIRM_FIELD = "gezondheidscheck";
export const HEALTH_CONFIRM_VALUE = "bewaren";
