import { calendarFile as fileWith, calendarInvitation as invitationWith, type CalendarEvent } from "@/lib/calendar/ics";

// lib/calendar's two ways out with the product every caller passes in (lib/organisation's
// calendarProduct, from the organisation's settings): a fixed one for the calendar tests.
export const TEST_PRODUCT = { company: "Voorbeeldorganisatie", product: "Weerbare Werkgever" };

export const calendarInvitation = (e: CalendarEvent, method: "REQUEST" | "CANCEL", options: { uninvite?: boolean } = {}) =>
  invitationWith(e, method, { ...options, product: TEST_PRODUCT });

export const calendarFile = (name: string, events: CalendarEvent[]) => fileWith(name, events, TEST_PRODUCT);
