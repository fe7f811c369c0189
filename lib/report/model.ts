// buildReportModel: traject + scan result + shared annotations + gedragscode -> plain, formatted data.
// Pure (no Prisma, no next/*). Hard invariants: PRIVATE and TANDEM annotations never enter the model;
// spread is hidden with fewer than two respondents; no respondent names or e-mail addresses exist here.

import { BANDS, bandTitle, gradeBand } from "@/lib/scan/scoring/bands";
import { DIVERGENT_SIGNAL, selfGapSignal } from "@/lib/scan/scoring/labels";
import { formatDate, formatPeriod } from "@/lib/dates";
import { formatDecimal } from "@/lib/format/number";
import { RESULTS_AFTER_CLOSE, fewRespondentsNote } from "@/lib/scan/results/privacy-texts";
import { joinDutch } from "./format";
import { buildGedragscode } from "@/lib/gedragscode/document-model";
import { buildAandachtspunten, buildTheme, type ThemeContext } from "./model-themes";
import {
  ALPHABETICAL_AANDACHTSPUNTEN,
  SECTION_TITLES,
  TANDEM_COVER_NOTE,
  TANDEM_FOOTER,
  TANDEM_ONLY,
  reasonText,
  methodParagraphs,
  readingParagraphs,
  fourStepItems,
} from "./texts";
import type { GradeChartModel, LabelValue, ReportInput, ReportModel, ReportSectionKey } from "./types";
import { DEFAULT_ORGANISATION, type OrganisationTexts } from "@/lib/organisation/defaults";
import { authorLine, initiativeLine, initiativeSentence } from "@/lib/organisation/texts";

export function buildReportModel(input: ReportInput): ReportModel {
  const { traject, questionnaire, result } = input;
  const privacy = input.privacy ?? null;
  const fewRespondents = privacy !== null && privacy.fewRespondents && privacy.takenAt !== null;
  const showSpread = result.respondents >= 2 && !fewRespondents;
  const stats = new Map(result.items.map((s) => [s.key, s]));
  const ctx: ThemeContext = {
    employerAnnotations: input.annotations.filter((a) => a.visibility === "EMPLOYER"),
    itemsByKey: new Map(questionnaire.themes.flatMap((t) => t.items.map((item) => [item.key, { item, stats: stats.get(item.key) }]))),
    showSpread,
    statementsHidden: fewRespondents ? fewRespondentsNote(privacy.minimum) : null,
  };
  const themeResult = (key: string) => result.themes.find((t) => t.key === key);
  const themes = questionnaire.themes.map((t, i) => buildTheme(t, i, themeResult(t.key), input, ctx));
  const aandachtspunten = buildAandachtspunten(input, ctx);
  const { gedragscode, hasNextSteps } = closingPart(input);

  // below the minimum the employer's report holds no figure: no theme pages, no chart (docs/privacy.md#minimum)
  const sectionKeys: ReportSectionKey[] = fewRespondents
    ? ["leeswijzer", "samenvatting", "aandachtspunten"]
    : ["leeswijzer", "samenvatting", "themas", "aandachtspunten"];
  if (gedragscode) sectionKeys.push("gedragscode");
  if (hasNextSteps) sectionKeys.push("vervolgstappen");
  sectionKeys.push("contact", "bijlage");
  const sections = sectionKeys.map((key) => ({
    key,
    title: key === "gedragscode" && gedragscode?.isConcept ? `${SECTION_TITLES[key]} (concept)` : SECTION_TITLES[key],
  }));

  const overall = result.overallGrade;
  const overallBand = bandTitle(gradeBand(overall));
  const where = traject.werkvloerName ? `${traject.employerName}, ${traject.werkvloerName}` : traject.employerName;
  const guidance = [`trainer ${traject.trainerName}`];
  if (traject.expertNames.length > 0) {
    guidance.push(`${traject.expertNames.length > 1 ? "ervaringsdeskundigen" : "ervaringsdeskundige"} ${joinDutch(traject.expertNames)}`);
  }

  const forTandem = input.edition === "tandem";
  const org = input.organisation?.texts ?? DEFAULT_ORGANISATION;
  const programme = org.programmeName;
  return {
    meta: {
      title: forTandem ? `Rapport ${programme}, ${TANDEM_ONLY.toLowerCase()} – ${where}` : `Rapport ${programme} – ${where}`,
      author: authorLine(org),
      subject: "Uitkomsten van de Mental Health-bedrijfsscan, aandachtspunten en EPA-gedragscode",
      keywords: "Weerbare Werkgever, mentale toegankelijkheid, EPA-gedragscode, bedrijfsscan",
      lang: "nl-NL",
    },
    runningHeader: forTandem ? `${TANDEM_ONLY} · ${traject.employerName}` : `${programme} · ${traject.employerName}`,
    restrictedNote: forTandem ? TANDEM_FOOTER : null,
    cover: {
      kicker: forTandem ? TANDEM_ONLY : programme,
      title: forTandem ? "Rapport voor de begeleiders" : "Rapport mentale toegankelijkheid",
      employerName: traject.employerName,
      rows: [
        ...(traject.werkvloerName ? [{ label: "Werkvloer", value: traject.werkvloerName }] : []),
        ...(traject.sector ? [{ label: "Sector", value: traject.sector }] : []),
        ...(formatPeriod(traject.periodStart, traject.periodEnd)
          ? [{ label: "Traject", value: formatPeriod(traject.periodStart, traject.periodEnd) ?? "" }]
          : []),
        { label: "Datum rapport", value: formatDate(traject.generatedAt) },
        { label: "Begeleiding", value: joinDutch(guidance) },
      ],
      note: forTandem
        ? TANDEM_COVER_NOTE
        : "Dit rapport is geen oordeel. Het is een vertrekpunt voor het gesprek over wat al goed gaat en wat een volgende stap kan zijn.",
      initiative: initiativeLine(org),
      logo: input.organisation?.logo ? { bytes: input.organisation.logo.bytes, alt: `Logo van ${org.name}` } : null,
    },
    sections,
    reading: {
      paragraphs: [...readingParagraphs(questionnaire.themes.length), ...(input.readingNotes ?? [])],
      fourSteps: fourStepItems(),
      scale: questionnaire.scale.options
        .map((o) => ({ label: String(o.value), value: o.label }))
        .concat([{ label: "?", value: questionnaire.scale.dontKnow.label }]),
      // no grades to read below the minimum, so no levels either
      bands: fewRespondents ? [] : BANDS.map(({ band, label, range, meaning }) => ({ band, label, range, meaning })),
    },
    summary: {
      paragraphs: [
        privacy !== null && privacy.takenAt === null
          ? RESULTS_AFTER_CLOSE
          : respondentsSentence(result.respondents) +
            (overall === null
              ? ""
              : " De grafiek toont het rapportcijfer per thema. De achtergrond geeft de vier niveaus aan; de lijnen tonen het totaalcijfer en het eigen rapportcijfer (zelfbeeld)."),
        ...(fewRespondents ? [fewRespondentsNote(privacy.minimum)] : []),
      ],
      keyFigures: [
        ...(fewRespondents
          ? []
          : [
              { label: "Totaalcijfer scan", value: formatDecimal(overall), ...(overallBand ? { note: overallBand } : {}) },
              { label: "Eigen rapportcijfer (zelfbeeld)", value: formatDecimal(result.selfGrade) },
            ]),
        { label: "Respondenten", value: String(result.respondents) },
      ],
      signals: summarySignals(input),
      chart: fewRespondents ? null : gradeChart(input),
      topAandachtspunten: (fewRespondents ? [] : input.result.aandachtspunten.slice(0, 3)).map((ap) => ({
        themeTitle: questionnaire.themes.find((t) => t.key === ap.theme)?.title ?? ap.theme,
        reasons: ap.reasons
          .filter((x) => showSpread || x !== "verschil-in-beeld")
          .map((x) => reasonText(x).label)
          .join(" · "),
      })),
    },
    themes,
    aandachtspunten,
    namesOnly: fewRespondents,
    aandachtspuntenIntro: fewRespondents
      ? ALPHABETICAL_AANDACHTSPUNTEN
      : aandachtspunten.length > 0
        ? "Deze thema’s zijn een goed vertrekpunt voor de volgende stap. Per thema staan de stellingen die het meeste ruimte laten zien en oplossingsrichtingen die daarbij helpen."
        : "Er zijn nog geen aandachtspunten, omdat er te weinig antwoorden zijn om thema’s te vergelijken.",
    gedragscode,
    nextSteps: hasNextSteps
      ? {
          intro: gedragscode
            ? input.nextSteps.length > 0
              ? "Naast de gedragscode zijn deze vervolgstappen afgesproken."
              : "Naast de gedragscode zijn er nog geen vervolgstappen genoteerd. Neem contact op om samen een volgende stap te plannen."
            : input.nextSteps.length > 0
              ? "Er is (nog) geen gedragscode vastgelegd. Dit zijn de afspraken over de volgende stappen."
              : "Er is (nog) geen gedragscode vastgelegd en er zijn nog geen vervolgstappen genoteerd. Neem contact op om samen een volgende stap te plannen.",
          steps: input.nextSteps.map((s) => ({
            text: s.text,
            details:
              [s.owner ? `Wie: ${s.owner}` : null, s.dueDate ? `Wanneer: ${formatDate(s.dueDate)}` : null].filter(Boolean).join(" · ") ||
              null,
          })),
        }
      : null,
    contact: {
      paragraphs: [
        "Heeft u vragen over dit rapport, of wilt u een vervolgafspraak of een vervolgscan plannen? Neem dan contact op.",
        initiativeSentence(org),
      ],
      rows: [
        ...(traject.contactPerson
          ? [
              { label: "Contactpunt", value: traject.contactPerson.name },
              ...(traject.contactPerson.email ? [{ label: "E-mail", value: traject.contactPerson.email }] : []),
              ...(traject.contactPerson.phone ? [{ label: "Telefoon", value: traject.contactPerson.phone }] : []),
            ]
          : []),
        { label: "Trainer", value: traject.trainerName },
        ...organisationContactRows(org),
      ],
    },
    appendix: {
      paragraphs: methodParagraphs(),
      rows: [
        { label: "Vragenlijst", value: questionnaire.title },
        { label: "Versie", value: input.questionnaireVersion },
        {
          label: "Thema’s en stellingen",
          value: `${questionnaire.themes.length} thema’s, ${questionnaire.themes.reduce((n, t) => n + t.items.length, 0)} stellingen`,
        },
        {
          label: "Antwoordschaal",
          value: `1 (${questionnaire.scale.options[0]?.label ?? ""}) tot ${questionnaire.scale.options.length} (${questionnaire.scale.options.at(-1)?.label ?? ""}), of ‘${questionnaire.scale.dontKnow.label}’`,
        },
        { label: "Respondenten", value: String(result.respondents) },
        { label: "Rapport gemaakt op", value: formatDate(traject.generatedAt) },
      ],
      themes: questionnaire.themes.map((t, i) => ({ label: `${i + 1}. ${t.title}`, value: `${t.items.length} stellingen` })),
    },
    progress: input.progress ?? null,
  };
}

/**
 * The closing part follows the traject's outcome: FORMELE_CODE the code with its signature page (and
 * next steps when there are any); AFSPRAKEN the code when it has clauses, under its own status (normally
 * a concept, marked as one; never a signature page) and always the next steps; ALLEEN_RAPPORT the next
 * steps only. Without an outcome: as before outcomes existed, the code whenever there is one and the
 * next steps when there is no code or there are steps. A code reopened after a FORMELE_CODE outcome
 * shows as the concept it is again, without signatures.
 */
function closingPart(input: ReportInput): { gedragscode: ReportModel["gedragscode"]; hasNextSteps: boolean } {
  const outcome = input.outcome ?? null;
  if (outcome === "ALLEEN_RAPPORT") return { gedragscode: null, hasNextSteps: true };
  if (outcome === "AFSPRAKEN") {
    const hasClauses = (input.gedragscode?.clauses.length ?? 0) > 0;
    return { gedragscode: hasClauses ? buildGedragscode(input, { signatures: false }) : null, hasNextSteps: true };
  }
  const gedragscode = buildGedragscode(input);
  return { gedragscode, hasNextSteps: !gedragscode || input.nextSteps.length > 0 };
}

function respondentsSentence(n: number): string {
  if (n === 0) return "Nog niemand uit uw organisatie heeft de scan ingeleverd; daarom staan er nog geen cijfers in dit rapport.";
  return n === 1 ? "Eén persoon uit uw organisatie vulde de scan in." : `${n} mensen uit uw organisatie vulden de scan in.`;
}

function summarySignals({ result }: ReportInput): string[] {
  const out: string[] = [];
  const selfSignal = selfGapSignal(result.selfGap);
  if (selfSignal) out.push(`${selfSignal.charAt(0).toUpperCase()}${selfSignal.slice(1)}.`);
  else if (result.selfGap !== null) {
    out.push(`Het zelfbeeld en de uitkomst van de scan liggen dicht bij elkaar (verschil ${formatDecimal(Math.abs(result.selfGap))}).`);
  }
  const n = result.divergentItems.length;
  if (n > 0 && result.respondents >= 2) {
    out.push(`Bij ${n === 1 ? "één stelling lopen" : `${n} stellingen lopen`} de antwoorden sterk uiteen. ${DIVERGENT_SIGNAL}`);
  }
  return out;
}

function gradeChart({ result, questionnaire }: ReportInput): GradeChartModel {
  const bars = questionnaire.themes.map((theme) => {
    const t = result.themes.find((r) => r.key === theme.key);
    const grade = t?.grade ?? null;
    return {
      label: theme.shortTitle ?? theme.title,
      value: grade,
      valueLabel: grade === null ? "geen score" : formatDecimal(grade),
      bandLabel: bandTitle(t?.band ?? null),
    };
  });
  const markers: GradeChartModel["markers"] = [];
  if (result.overallGrade !== null)
    markers.push({ label: "Totaalcijfer", value: result.overallGrade, valueLabel: formatDecimal(result.overallGrade), style: "solid" });
  if (result.selfGrade !== null)
    markers.push({ label: "Zelfbeeld", value: result.selfGrade, valueLabel: formatDecimal(result.selfGrade), style: "dashed" });
  const alt = [
    "Staafdiagram: rapportcijfer per thema op een schaal van 1 tot 10.",
    ...bars.map((b) => `${b.label}: ${b.valueLabel}${b.bandLabel ? ` (${b.bandLabel.toLowerCase()})` : ""}.`),
    ...markers.map((m) => `${m.label}: ${m.valueLabel}.`),
  ].join(" ");
  return { min: 1, max: 10, zones: BANDS.map(({ band, label, from, to }) => ({ band, label, from, to })), bars, markers, alt };
}

/** The organisation's own contact details, when its settings give any (ADR 025). */
function organisationContactRows(org: OrganisationTexts): LabelValue[] {
  const rows = [
    ...(org.contactEmail ? [{ label: "E-mail", value: org.contactEmail }] : []),
    ...(org.contactPhone ? [{ label: "Telefoon", value: org.contactPhone }] : []),
    ...(org.website ? [{ label: "Website", value: org.website }] : []),
  ];
  return rows.length > 0 ? [{ label: "Organisatie", value: org.name }, ...rows] : [];
}
