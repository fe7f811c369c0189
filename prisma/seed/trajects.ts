import { newLinkToken } from "../../lib/link-tokens";
import { writeResultsSnapshot } from "../../lib/scan/results/snapshot-store";
import { ensureFirstRound } from "../../lib/scan/rounds/rounds";
import demoResponses from "../data/demo-responses.json";
import type { SeedContext } from "./demo";

const DAY = 24 * 60 * 60 * 1000;
const daysFromNow = (n: number) => new Date(Date.now() + n * DAY);
type Fn = "DIRECTIE" | "HR" | "LEIDINGGEVENDE" | "ONDERNEMINGSRAAD" | "MEDEWERKER" | "ANDERS";

function toAnswerRows(answers: Record<string, unknown>) {
  return Object.entries(answers).map(([itemKey, v]) =>
    v === "dontKnow" ? { itemKey, value: null, dontKnow: true } : { itemKey, value: Number(v), dontKnow: false },
  );
}

async function addInvitation(
  ctx: SeedContext,
  trajectId: string,
  trainerId: string,
  person: { name: string; email: string; fn: Fn },
  state: {
    answers?: Record<string, unknown>;
    submitted?: boolean;
    selfGrade?: number;
    notes?: Record<string, string>;
    opened?: boolean;
    shareText?: boolean;
    /** the scan round (default: the first) and when its mail went out (default: 12 days ago) */
    roundId?: string;
    sentDaysAgo?: number;
  },
) {
  const { token, tokenHash } = newLinkToken();
  const url = `${ctx.appUrl}/scan/${token}`;
  const sent = -(state.sentDaysAgo ?? 12);
  const invitation = await ctx.prisma.scanInvitation.create({
    data: {
      trajectId,
      roundId: state.roundId ?? (await ensureFirstRound(ctx.prisma, trajectId)).id,
      name: person.name,
      email: person.email,
      function: person.fn,
      tokenHash,
      createdById: trainerId,
      expiresAt: daysFromNow(sent + 42),
      sentAt: daysFromNow(sent),
      sendCount: 1,
      openedAt: state.opened || state.answers ? daysFromNow(sent + 2) : null,
    },
  });
  await ctx.prisma.outboxMail.create({
    data: {
      trajectId,
      kind: "invitation",
      to: person.email,
      status: "STORED",
      // the demo trainer sent it: without SMTP only they see the link (README: the outbox as a trainer)
      causedById: trainerId,
      sentAt: daysFromNow(sent),
      subject: "Uitnodiging: Mental Health-bedrijfsscan",
      text: `Beste ${person.name},\n\nU bent uitgenodigd om de Mental Health-bedrijfsscan in te vullen.\n\n${url}\n\nMet vriendelijke groet,\nWeerbare Werkgever`,
    },
  });
  if (state.answers) {
    await ctx.prisma.scanResponse.create({
      data: {
        invitationId: invitation.id,
        trajectId,
        roundId: invitation.roundId,
        questionnaireId: ctx.questionnaireId,
        status: state.submitted ? "SUBMITTED" : "DRAFT",
        submittedAt: state.submitted ? daysFromNow(sent + 4) : null,
        selfGrade: state.selfGrade ?? null,
        shareTextWithEmployer: state.shareText ?? false,
        answers: { create: toAnswerRows(state.answers) },
        notes: { create: Object.entries(state.notes ?? {}).map(([key, text]) => ({ key, text })) },
      },
    });
  }
  return state.submitted ? null : { name: person.name, url };
}

export async function seedLindeTraject(ctx: SeedContext) {
  const id = "demo-traject-linde";
  if (await ctx.prisma.traject.findUnique({ where: { id } })) return [];
  const trainer = ctx.trainers[0]!;
  const users = ctx.employerUsers["demo-employer-linde"]!;
  await ctx.prisma.traject.create({
    data: {
      id,
      employerId: "demo-employer-linde",
      werkvloerId: "demo-werkvloer-linde",
      trainerId: trainer.id,
      contactKeyPersonId: users.find((u) => u.fn === "HR")?.keyPersonId,
      status: "SESSION_1_DONE",
      questionnaireId: ctx.questionnaireId,
      scanDeadline: daysFromNow(-9),
      scanClosedAt: daysFromNow(-8),
      plannedSessionCount: 2,
      motivation:
        "We willen dat collega's met een psychische kwetsbaarheid zich veilig voelen om te vertellen wat ze nodig hebben, en we merken dat leidinggevenden handelingsverlegen zijn.",
      expertQuestions:
        "Wanneer vertelde u op uw werk over uw kwetsbaarheid, en wat hielp daarbij?\nWat kan een leidinggevende beter níet zeggen?",
      sessions: {
        create: [
          { number: 1, scheduledAt: daysFromNow(-5), location: "Het Hoge Veld, vergaderzaal", status: "HELD" },
          { number: 2, scheduledAt: daysFromNow(16), location: "Het Hoge Veld, vergaderzaal", status: "PLANNED" },
        ],
      },
      assignments: { create: [{ expertId: ctx.experts[0]!.id, status: "ACCEPTED" }] },
      nextSteps: {
        create: [
          {
            text: "Leidinggevenden oefenen het goede gesprek met de gesprekskaart",
            owner: "HR (Femke Mulder)",
            dueDate: daysFromNow(60),
            position: 0,
          },
          { text: "Terugvalpreventieplan aanbieden bij elk verzuimgesprek", owner: "Teamleiders", dueDate: daysFromNow(90), position: 1 },
        ],
      },
    },
  });
  const people: { name: string; email: string; fn: Fn }[] = [
    { name: "Hans Kok", email: "directie@delinde.nl", fn: "DIRECTIE" },
    { name: "Femke Mulder", email: "hr@delinde.nl", fn: "HR" },
    { name: "Yvonne Smit", email: "teamleider@delinde.nl", fn: "LEIDINGGEVENDE" },
  ];
  const notes: Record<string, string>[] = [
    {
      "theme:T8": "Een vast terugvalpreventieplan dat we samen met de medewerker opstellen.",
      "open:questionForExpert": "Wat heeft u het meest geholpen bij het terugkeren na verzuim?",
    },
    {
      "theme:T4": "Leidinggevenden die durven te vragen hoe het écht gaat, zonder het over de diagnose te hebben.",
      "theme:T8": "Duidelijkheid over baanzekerheid tijdens een terugval.",
    },
    { "theme:T6": "Meer ruimte om taken aan te passen als iemand minder energie heeft." },
  ];
  for (const [i, r] of demoResponses.responses.entries()) {
    // two of the three let the employer read their texts (docs/privacy.md#consent)
    const shareText = i < 2;
    await addInvitation(ctx, id, trainer.id, people[i]!, {
      answers: r.answers,
      submitted: true,
      selfGrade: r.selfGrade,
      notes: notes[i],
      shareText,
    });
  }
  // the scan closed before session 1: what the employer sees was recorded then (docs/privacy.md#snapshots)
  await writeResultsSnapshot(ctx.prisma, { trajectId: id, reason: "scan-closed", takenBy: { id: trainer.id, name: trainer.name } });
  const expertId = ctx.experts[0]!.id;
  await ctx.prisma.annotation.createMany({
    data: [
      {
        trajectId: id,
        authorId: expertId,
        themeKey: "T8",
        body: "Voor mij maakte het verschil dat mijn leidinggevende na een terugval vroeg wat ik nodig had, in plaats van mijn taken over te nemen. Een plan dat je samen maakt als het goed gaat, helpt dan enorm.",
        visibility: "EMPLOYER",
      },
      {
        trajectId: id,
        authorId: expertId,
        themeKey: "T4",
        itemKey: "4.4",
        body: "Hier in de bijeenkomst doorvragen: wat doen teamleiders nu concreet als ze iets merken?",
        visibility: "TANDEM",
      },
      {
        trajectId: id,
        authorId: expertId,
        themeKey: "T6",
        body: "Eigen notitie: voorbeeld van aangepaste roosters voorbereiden.",
        visibility: "PRIVATE",
      },
    ],
  });
  const code = await ctx.prisma.gedragscode.create({
    data: {
      trajectId: id,
      status: "CONCEPT",
      version: 1,
      preamble:
        "Zorggroep De Linde wil een werkgever zijn waar medewerkers met een psychische kwetsbaarheid zich welkom voelen en kunnen blijven. De directie staat achter deze code.",
      clauses: {
        create: [
          {
            section: "UITGANGSPUNTEN",
            title: "Nieuwsgierig in plaats van invullen",
            body: "We vragen wat iemand nodig heeft en vullen dat niet voor de ander in.",
            position: 0,
          },
          {
            section: "UITGANGSPUNTEN",
            title: "Rolzuiverheid",
            body: "We vragen naar de invloed op het werk, nooit naar diagnose, medicatie of therapie.",
            themeKey: "T5",
            position: 1,
          },
          {
            section: "AFSPRAKEN_PER_ROL",
            title: "Leidinggevenden",
            body: "Leidinggevenden voeren elk kwartaal een gesprek over werkplezier en energie, met de gesprekskaart.",
            themeKey: "T4",
            position: 0,
          },
          {
            section: "SIGNALEREN_TERUGVAL",
            title: "Terugvalpreventieplan",
            body: "Iedere medewerker krijgt het aanbod om samen een terugvalpreventieplan op te stellen.",
            themeKey: "T8",
            solutionKey: "OR-03",
            owner: "HR",
            position: 0,
          },
        ],
      },
    },
    include: { clauses: true },
  });
  // every clause has a history from its first version (written in session 2 by HR)
  const hrId = ctx.employerUsers["demo-employer-linde"]?.find((u) => u.fn === "HR")?.id ?? null;
  await ctx.prisma.gedragscodeRevision.createMany({
    data: code.clauses.map((c) => ({
      gedragscodeId: code.id,
      clauseId: c.id,
      version: 1,
      change: "ADDED" as const,
      section: c.section,
      title: c.title,
      body: c.body,
      owner: c.owner,
      themeKey: c.themeKey,
      solutionKey: c.solutionKey,
      authorId: hrId,
    })),
  });
  return [];
}

export async function seedVanDijkTraject(ctx: SeedContext) {
  const id = "demo-traject-vandijk";
  if (await ctx.prisma.traject.findUnique({ where: { id } })) return [];
  const trainer = ctx.trainers[0]!;
  const users = ctx.employerUsers["demo-employer-vandijk"]!;
  await ctx.prisma.traject.create({
    data: {
      id,
      employerId: "demo-employer-vandijk",
      werkvloerId: "demo-werkvloer-vandijk",
      trainerId: trainer.id,
      contactKeyPersonId: users.find((u) => u.fn === "HR")?.keyPersonId,
      status: "SCAN_OPEN",
      questionnaireId: ctx.questionnaireId,
      scanDeadline: daysFromNow(10),
      plannedSessionCount: 2,
      motivation: "Na twee langdurig zieke collega's willen we leren hoe we eerder en beter kunnen ondersteunen.",
      sessions: {
        create: [
          { number: 1, scheduledAt: daysFromNow(14), location: "Kantine werkplaats", status: "PLANNED" },
          { number: 2, scheduledAt: daysFromNow(35), location: "Kantine werkplaats", status: "PLANNED" },
        ],
      },
      assignments: { create: [{ expertId: ctx.experts[1]!.id, status: "ACCEPTED" }] },
    },
  });
  const first = demoResponses.responses[1]!;
  const partial = Object.fromEntries(Object.entries(demoResponses.responses[2]!.answers).slice(0, 14));
  return [
    await addInvitation(
      ctx,
      id,
      trainer.id,
      { name: "Lotte Dekker", email: "hr@vandijkbouw.nl", fn: "HR" },
      { answers: first.answers, submitted: true, selfGrade: 7 },
    ),
    await addInvitation(
      ctx,
      id,
      trainer.id,
      { name: "Bram Bos", email: "uitvoering@vandijkbouw.nl", fn: "LEIDINGGEVENDE" },
      { answers: partial },
    ),
    await addInvitation(ctx, id, trainer.id, { name: "Erik van Dijk", email: "directie@vandijkbouw.nl", fn: "DIRECTIE" }, {}),
  ].filter((x) => x !== null);
}

export async function seedRivierstadTraject(ctx: SeedContext) {
  const id = "demo-traject-rivierstad";
  if (await ctx.prisma.traject.findUnique({ where: { id } })) return [];
  const users = ctx.employerUsers["demo-employer-rivierstad"]!;
  await ctx.prisma.traject.create({
    data: {
      id,
      employerId: "demo-employer-rivierstad",
      werkvloerId: "demo-werkvloer-rivierstad",
      trainerId: ctx.trainers[1]!.id,
      contactKeyPersonId: users.find((u) => u.fn === "HR")?.keyPersonId,
      status: "INTAKE",
      questionnaireId: ctx.questionnaireId,
      plannedSessionCount: 2,
      motivation: "Inclusief werkgeverschap staat in het coalitieakkoord; we willen verder dan beleid op papier.",
      sessions: { create: [{ number: 1 }, { number: 2 }] },
      // asked, not yet accepted: the expert sees the request (employer, dates), nothing of the scan
      assignments: { create: [{ expertId: ctx.experts[2]!.id, status: "INVITED" }] },
    },
  });
  return [];
}

/** "4.4" → theme 4: the follow-up's answers are the first scan's, moved where the employer took steps. */
function followUpAnswers(answers: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(answers).map(([key, v]) => {
      if (typeof v !== "number") return [key, v];
      const theme = key.split(".")[0];
      // leidinggevenden and terugval: the steps taken show; werkaanpassingen: a sharper view, one lower
      if (theme === "4" || theme === "8") return [key, Math.min(5, v + 1)];
      if (theme === "6" && v >= 4) return [key, v - 1];
      return [key, v];
    }),
  );
}

/**
 * A traject closed half a year ago, whose follow-up scan has just closed: the progress section on the
 * results page and in the report, next steps with their statuses, and the follow-up moment passed.
 */
export async function seedFollowUpTraject(ctx: SeedContext) {
  const id = "demo-traject-linde-thuiszorg";
  if (await ctx.prisma.traject.findUnique({ where: { id } })) return [];
  const trainer = ctx.trainers[0]!;
  const users = ctx.employerUsers["demo-employer-linde"]!;
  const hr = users.find((u) => u.fn === "HR");
  await ctx.prisma.werkvloer.upsert({
    where: { id: "demo-werkvloer-linde-thuiszorg" },
    update: {},
    create: {
      id: "demo-werkvloer-linde-thuiszorg",
      employerId: "demo-employer-linde",
      name: "Thuiszorgteam Apeldoorn-Zuid",
      location: "Apeldoorn",
    },
  });
  await ctx.prisma.traject.create({
    data: {
      id,
      employerId: "demo-employer-linde",
      werkvloerId: "demo-werkvloer-linde-thuiszorg",
      trainerId: trainer.id,
      contactKeyPersonId: hr?.keyPersonId,
      status: "CLOSED",
      outcome: "AFSPRAKEN",
      outcomeConfirmedAt: daysFromNow(-199),
      closedAt: daysFromNow(-200),
      followUpAt: daysFromNow(-14),
      followUpRemindedAt: daysFromNow(-21),
      questionnaireId: ctx.questionnaireId,
      scanDeadline: daysFromNow(-250),
      scanClosedAt: daysFromNow(-248),
      plannedSessionCount: 2,
      createdAt: daysFromNow(-270),
      motivation: "Het thuiszorgteam werkt veel alleen; we willen dat collega's eerder aan de bel trekken als het minder gaat.",
      sessions: {
        create: [
          { number: 1, scheduledAt: daysFromNow(-240), location: "Teamruimte Zuid", status: "HELD" },
          { number: 2, scheduledAt: daysFromNow(-215), location: "Teamruimte Zuid", status: "HELD" },
        ],
      },
      assignments: { create: [{ expertId: ctx.experts[0]!.id, status: "ACCEPTED" }] },
      nextSteps: {
        create: [
          {
            text: "Wijkverpleegkundigen voeren het goede gesprek met de gesprekskaart",
            owner: "Teamleider",
            dueDate: daysFromNow(-120),
            position: 0,
            status: "KLAAR",
            statusNote: "Alle twaalf collega's hebben het gesprek gehad.",
            statusChangedAt: daysFromNow(-110),
            statusChangedByName: "Femke Mulder",
          },
          {
            text: "Terugvalpreventieplan aanbieden in elk verzuimgesprek",
            owner: "HR",
            dueDate: daysFromNow(-90),
            position: 1,
            status: "KLAAR",
            statusChangedAt: daysFromNow(-80),
            statusChangedByName: "Femke Mulder",
          },
          {
            text: "Maatjes koppelen voor wie alleen op route gaat",
            owner: "Teamleider",
            dueDate: daysFromNow(30),
            position: 2,
            status: "BEZIG",
            statusNote: "Vier koppels gestart, de rest na de zomer.",
            statusChangedAt: daysFromNow(-20),
            statusChangedByName: "Yvonne Smit",
          },
          { text: "Vacatureteksten herschrijven met de ervaringsdeskundige", owner: "HR", dueDate: daysFromNow(60), position: 3 },
        ],
      },
    },
  });
  const people: { name: string; email: string; fn: Fn }[] = [
    { name: "Hans Kok", email: "directie@delinde.nl", fn: "DIRECTIE" },
    { name: "Femke Mulder", email: "hr@delinde.nl", fn: "HR" },
    { name: "Yvonne Smit", email: "teamleider@delinde.nl", fn: "LEIDINGGEVENDE" },
  ];
  const trainerAsTaker = { id: trainer.id, name: trainer.name };
  const first = await ensureFirstRound(ctx.prisma, id);
  await answeredRound(ctx, id, trainerAsTaker, people, { roundId: first.id, sentDaysAgo: 262, closedDaysAgo: 248 }, (r) => r);
  // the follow-up: the same people, months later; closed by the trainer a week ago
  const followUp = await ctx.prisma.scanRound.create({
    data: {
      trajectId: id,
      number: 2,
      questionnaireId: ctx.questionnaireId,
      deadline: daysFromNow(-9),
      closedAt: daysFromNow(-7),
      startedByName: trainer.name,
      createdAt: daysFromNow(-35),
    },
  });
  await answeredRound(ctx, id, trainerAsTaker, people, { roundId: followUp.id, sentDaysAgo: 34, closedDaysAgo: 7 }, (r) => ({
    answers: followUpAnswers(r.answers),
    selfGrade: Math.min(10, r.selfGrade + 1),
  }));
  return [];
}

type DemoResponse = (typeof demoResponses.responses)[number];

/** One demo scan round: each person sends their answers (the demo's, changed by `answersOf`), and the employer's snapshot is taken at its close. */
async function answeredRound(
  ctx: SeedContext,
  trajectId: string,
  trainer: { id: string; name: string },
  people: { name: string; email: string; fn: Fn }[],
  round: { roundId: string; sentDaysAgo: number; closedDaysAgo: number },
  answersOf: (r: DemoResponse) => { answers: Record<string, unknown>; selfGrade: number },
) {
  for (const [i, r] of demoResponses.responses.entries())
    await addInvitation(ctx, trajectId, trainer.id, people[i]!, {
      ...answersOf(r),
      submitted: true,
      roundId: round.roundId,
      sentDaysAgo: round.sentDaysAgo,
    });
  const snapshot = await writeResultsSnapshot(ctx.prisma, { trajectId, roundId: round.roundId, reason: "scan-closed", takenBy: trainer });
  if (snapshot?.published)
    await ctx.prisma.resultsSnapshot.update({ where: { id: snapshot.id }, data: { takenAt: daysFromNow(-round.closedDaysAgo) } });
}
