import type { JointDisplay } from '../linking/linking.service.js';
import type { Estimate } from '@polyphony/analysis';
import type { ReportChart } from './report-charts.js';

export type ReportLanguage = 'nl' | 'de' | 'it' | 'en';
export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface ReportTable {
  title: string;
  caption: string;
  head: string[];
  rows: string[][];
}

export interface ReportSection {
  heading: string;
  paragraphs: string[];
  tables: ReportTable[];
  charts: ReportChart[];
  /** A numbered list (the method's steps and assumptions). */
  items: string[];
}

export interface ReportContent {
  language: ReportLanguage;
  title: string;
  subtitle: string;
  notices: string[];
  sections: ReportSection[];
}

/** Character-level agreement of one coder pair, all codes pooled or for one code. */
export interface AgreementSummaryRow {
  code: string | null;
  coders: readonly [string, string];
  transcripts: number;
  agreement: number;
  kappa: number;
}

export interface AgreementSummary {
  overall: AgreementSummaryRow[];
  perCode: AgreementSummaryRow[];
}

const DASH = '—';

/** Number formatting in the report's language, with a dash (never NaN) for what cannot be computed. */
function formatters(language: ReportLanguage) {
  const decimal = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const number = (value: number | null | undefined) => (value === null || value === undefined || !Number.isFinite(value) ? DASH : decimal.format(value));
  const share = (value: number | null | undefined) => (value === null || value === undefined || !Number.isFinite(value) ? DASH : percent.format(value));
  const estimate = (value: Estimate | null) => (value ? `${number(value.value)} (${number(value.low)}–${number(value.high)})` : DASH);
  return { number, share, estimate };
}

/**
 * Everything the report says, in the reader's language, as plain sections of paragraphs, tables
 * and charts: the HTML and the PDF renderer draw the same content, so they cannot disagree.
 * `charts` come from reportCharts (drawn with the same labels).
 */
/** The report's names of criteria, groups, tasks and packages in its language. */
export function reportLabels(display: JointDisplay, t: Translate) {
  const packageName = new Map(display.packages.map((p) => [p.key, p.name]));
  return {
    criterion: (key: string) => t(`findings:criteria.${key}`),
    group: (key: string) => t(`participants:groups.${key}`),
    task: (key: string) => t(`findings:tasks.${key}`),
    pkg: (key: string) => packageName.get(key) ?? key,
    t,
  };
}

export function buildReportContent(display: JointDisplay, agreement: AgreementSummary, charts: ReportChart[], language: ReportLanguage, t: Translate): ReportContent {
  const f = formatters(language);
  const { criterion, group, task, pkg } = reportLabels(display, t);
  const metric = (key: string) => t(`findings:metrics.${key}`);
  const missing = (reason: string | null) => (reason ? `${DASH} (${t(`findings:missing.${reason}`)})` : DASH);
  const languageName = (code: string) => t(`common:language.native.${code}`);

  const notices = [t('report:pseudonymous')];
  if (display.packages.some((p) => p.synthetic)) notices.unshift(t('findings:synthetic'));
  const filters = t('report:filters', {
    center: display.filters.center ?? t('findings:filters.allCenters'),
    language: display.filters.language ? languageName(display.filters.language) : t('findings:filters.allLanguages'),
  });

  const jointTable: ReportTable = {
    title: t('findings:table.title'),
    caption: t('findings:table.caption'),
    head: [t('findings:table.criterion'), ...display.groups.map(group)],
    rows: display.criteria.map((c) => [
      criterion(c),
      ...display.groups.map((g) => {
        const weights = display.weights.find((w) => w.group === g);
        const weight = weights?.weights.find((w) => w.criterion === c)?.estimate ?? null;
        const salience = display.salience.find((s) => s.group === g && s.criterion === c);
        const quote = display.quotes.find((q) => q.group === g && q.criterion === c);
        const lines = [
          `${t('findings:table.weight')}: ${weight ? f.estimate(weight) : missing(weights?.missing ?? 'no_responses')}${weights ? `, ${t('findings:table.respondents', { count: weights.respondents })}` : ''}`,
          salience && !salience.missing
            ? `${t('findings:table.interviewees', { share: f.share(salience.shareOfParticipants), participants: salience.participants, interviewed: salience.participantsInterviewed })}; ${t('findings:table.passages', { count: salience.passages, share: f.share(salience.shareOfPassages) })}`
            : missing(salience?.missing ?? 'no_transcripts'),
        ];
        if (salience && !salience.missing && salience.valenceBalance !== null) {
          lines.push(t('findings:table.balance', { value: f.number(salience.valenceBalance), positive: salience.valence.positive, negative: salience.valence.negative, conditional: salience.valence.conditional }));
        }
        if (quote) {
          const origin = quote.display.translated ? t('findings:table.translatedFrom', { language: languageName(quote.originalLanguage) }) : t('findings:table.original', { language: languageName(quote.display.language) });
          lines.push(`“${quote.display.text}” (${quote.participantCode}; ${origin})`);
        }
        return lines.join('\n');
      }),
    ]),
  };

  const performanceTable: ReportTable = {
    title: t('findings:table.performanceTitle'),
    caption: t('findings:table.performanceCaption'),
    head: [t('findings:table.package'), ...display.criteria.map(criterion)],
    rows: display.packageIds.map((p) => [
      pkg(p),
      ...display.criteria.map((c) => {
        const cell = display.performance.find((x) => x.packageId === p && x.criterion === c);
        return cell?.estimate ? f.estimate(cell.estimate) : missing(cell?.missing ?? 'no_rows');
      }),
    ]),
  };

  const scoreTable: ReportTable = {
    title: t('findings:scores.title'),
    caption: t('findings:scores.caption'),
    head: [t('findings:scores.group'), t('findings:table.package'), t('report:score'), t('report:rank'), t('report:firstProbability')],
    rows: display.scores.flatMap((s) =>
      s.missing
        ? [[group(s.group), DASH, missing(s.missing), DASH, DASH]]
        : s.packages.map((p) => [group(s.group), pkg(p.packageId), f.estimate(p.score), p.rank === null ? DASH : String(p.rank), f.share(p.rankProbabilities?.[0] ?? null)]),
    ),
  };

  const thresholdTable: ReportTable = {
    title: t('findings:thresholds.title'),
    caption: t('findings:thresholds.intro'),
    head: [t('findings:scores.group'), t('findings:thresholds.task'), t('findings:thresholds.metric'), t('findings:thresholds.threshold'), ...display.packageIds.map(pkg)],
    rows: display.thresholds
      .filter((th) => th.threshold !== null)
      .map((th) => [
        group(th.group),
        task(th.task),
        metric(th.metric),
        `${f.number(th.threshold)} (${th.n})`,
        ...display.packageIds.map((p) => {
          const cell = display.thresholdMatrix.find((m) => m.group === th.group && m.task === th.task && m.metric === th.metric && m.packageId === p);
          return cell ? `${t(`findings:thresholds.verdicts.${cell.verdict}`)}${cell.interval ? ` ${f.estimate(cell.interval)}` : ''}` : DASH;
        }),
      ]),
  };

  const taskTable: ReportTable = {
    title: t('findings:taskValue.title'),
    caption: t('findings:taskValue.caption'),
    head: [t('findings:taskValue.task'), ...display.groups.map(group), ...display.packageIds.map((p) => t('findings:taskValue.performance', { package: pkg(p) }))],
    rows: display.tasks.map((k) => [
      task(k),
      ...display.groups.map((g) => {
        const cell = display.taskValues.find((v) => v.group === g && v.task === k);
        return cell?.value ? f.estimate(cell.value) : missing(cell?.missing ?? 'no_responses');
      }),
      ...display.packageIds.map((p) => f.estimate(display.taskPerformance.find((x) => x.packageId === p && x.task === k)?.estimate ?? null)),
    ]),
  };

  const coderLabels = coderNames(agreement, t);
  const agreementRow = (row: AgreementSummaryRow) => [`${coderLabels(row.coders[0])} – ${coderLabels(row.coders[1])}`, String(row.transcripts), f.share(row.agreement), f.number(row.kappa)];
  const agreementHead = [t('report:agreement.coders'), t('report:agreement.transcripts'), t('report:agreement.percent'), t('report:agreement.kappa')];

  return {
    language,
    title: t('report:title'),
    subtitle: `${filters} ${t('findings:computedWith', { time: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(display.computedAt)), draws: display.settings.draws, seed: display.settings.seed, confidence: f.share(display.settings.confidence) })}`,
    notices,
    sections: [
      { heading: t('findings:table.title'), paragraphs: [t('findings:intro')], tables: [jointTable], charts: charts.filter((c) => c.id === 'weights'), items: [] },
      { heading: t('findings:table.performanceTitle'), paragraphs: [], tables: [performanceTable], charts: [], items: [] },
      { heading: t('findings:scores.title'), paragraphs: [], tables: [scoreTable], charts: charts.filter((c) => c.id === 'scores' || c.id.startsWith('ranks')), items: [] },
      { heading: t('findings:thresholds.title'), paragraphs: thresholdTable.rows.length === 0 ? [t('findings:thresholds.none')] : [], tables: thresholdTable.rows.length ? [thresholdTable] : [], charts: [], items: [] },
      { heading: t('findings:taskValue.title'), paragraphs: [], tables: [taskTable], charts: charts.filter((c) => c.id === 'taskValue'), items: [] },
      {
        heading: t('report:agreement.title'),
        paragraphs: [t('report:agreement.method'), ...(agreement.overall.length === 0 ? [t('report:agreement.none')] : [])],
        tables: agreement.overall.length
          ? [
              { title: t('report:agreement.overallTitle'), caption: t('report:agreement.overallCaption'), head: agreementHead, rows: agreement.overall.map(agreementRow) },
              { title: t('report:agreement.perCodeTitle'), caption: t('report:agreement.perCodeCaption'), head: [t('report:agreement.code'), ...agreementHead], rows: agreement.perCode.map((row) => [row.code ?? DASH, ...agreementRow(row)]) },
            ]
          : [],
        charts: [],
        items: [],
      },
      { heading: t('findings:method.title'), paragraphs: [t('findings:method.intro')], tables: [], charts: [], items: display.method.steps.map((step) => t(`findings:method.steps.${step}`)) },
      {
        heading: t('findings:method.assumptionsTitle'),
        paragraphs: display.leftOutQuestions.length ? [t('findings:method.leftOutQuestions', { list: display.leftOutQuestions.join(', ') })] : [],
        tables: [],
        charts: [],
        items: display.method.assumptions.map((assumption) => t(`findings:method.assumptions.${assumption}`)),
      },
    ],
  };
}

/** Coders appear as "Coder 1", "Coder 2" … in a stable order: research reports carry no names. */
function coderNames(agreement: AgreementSummary, t: Translate): (id: string) => string {
  const ids = [...new Set(agreement.overall.flatMap((row) => row.coders))].sort();
  return (id) => t('report:agreement.coder', { number: ids.indexOf(id) + 1 });
}
