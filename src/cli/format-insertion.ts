import { Decimal } from 'decimal.js';
import { formatHours } from '../insertion/format-hours.js';
import type { BucketProgress, PaceStatus, ProgrammeProgress } from '../insertion/programme.js';
import type { Locale } from '../model/localized.js';

const PACE: Record<Locale, Record<PaceStatus, string>> = {
  fr: { ahead: 'en avance', 'on-track': 'au rythme', behind: 'EN RETARD' },
  en: { ahead: 'ahead', 'on-track': 'on track', behind: 'BEHIND' },
};
const PHASE: Record<Locale, Record<BucketProgress['phase'], string>> = {
  fr: { 'not-started': 'pas commencée', 'in-progress': 'en cours', completed: 'objectif atteint', 'deadline-passed': 'ÉCHÉANCE DÉPASSÉE' },
  en: { 'not-started': 'not started', 'in-progress': 'in progress', completed: 'target met', 'deadline-passed': 'DEADLINE PASSED' },
};

const percent = (share: string, locale: Locale) => {
  const p = new Decimal(share).mul(100).toFixed(1, Decimal.ROUND_HALF_UP);
  return locale === 'fr' ? `${p.replace('.', ',')} %` : `${p} %`;
};

/** Human-readable report of a programme's progress, in French or English. */
export function formatProgramme(p: ProgrammeProgress, locale: Locale): string {
  const h = (v: string) => formatHours(v, locale);
  const t = (frText: string, enText: string) => (locale === 'fr' ? frText : enText);
  const lines: string[] = [];
  lines.push(
    `${t('Programme', 'Programme')} ${p.programme}${p.title ? ` — ${p.title}` : ''} (${p.start} → ${p.end}) ${t('au', 'as of')} ${p.asOf}`,
  );
  lines.push('');
  for (const b of p.buckets) {
    lines.push(`■ ${b.id}${b.label ? ` — ${b.label}` : ''}`);
    const rows: [string, string][] = [
      [
        t('Objectif', 'Target'),
        `${h(b.targetHours)} ${t('du', 'from')} ${b.start} ${t('au', 'to')} ${b.deadline} (${PHASE[locale][b.phase]})`,
      ],
      [t('Réalisé (publics éligibles)', 'Done (eligible publics)'), `${h(b.doneHours)} (${percent(b.completionShare, locale)})`],
      [
        t('Attendu au rythme linéaire', 'Expected at a linear pace'),
        `${h(b.expectedHours)} (${b.elapsedDays}/${b.totalDays} ${t('jours', 'days')})`,
      ],
      [t('Écart', 'Gap'), `${h(b.gapHours)} — ${PACE[locale][b.pace]}`],
      [
        t('Reste à faire', 'Remaining'),
        `${h(b.remainingHours)} ${t('en', 'over')} ${b.remainingMonths.replace('.', locale === 'fr' ? ',' : '.')} ${t('mois', 'months')}`,
      ],
      [
        t('Heures par mois restant', 'Hours per remaining month'),
        b.hoursPerRemainingMonth === null ? t('— (plus aucun jour)', '— (no day left)') : h(b.hoursPerRemainingMonth),
      ],
      [
        t('Achèvement', 'Completion'),
        b.completedOn
          ? t(`atteint le ${b.completedOn}`, `reached on ${b.completedOn}`)
          : b.projectedCompletion
            ? t(`projeté le ${b.projectedCompletion} au rythme actuel`, `projected on ${b.projectedCompletion} at the current pace`)
            : t('non projetable (aucune heure réalisée)', 'cannot be projected (no hours done)'),
      ],
      [
        t('Projection à l’échéance', 'Projected at the deadline'),
        `${h(b.projectedHoursAtDeadline)}, ${t('manque projeté', 'projected shortfall')} ${h(b.projectedShortfall)}`,
      ],
    ];
    if (b.notCountedHours !== '0')
      rows.push([t('Non comptées (public autre ou inconnu)', 'Not counted (other or unknown public)'), h(b.notCountedHours)]);
    if (b.doneAfterDeadlineHours !== '0')
      rows.push([t('Après l’échéance (non comptées)', 'After the deadline (not counted)'), h(b.doneAfterDeadlineHours)]);
    const width = Math.max(...rows.map(([k]) => k.length));
    for (const [k, v] of rows) lines.push(`  ${k.padEnd(width)}  ${v}`);
    lines.push('');
  }
  if (p.years.length > 0) {
    const ids = p.buckets.map((b) => b.id);
    const head = [
      t('Année', 'Year'),
      ...ids,
      t('Total', 'Total'),
      t('Non comptées', 'Not counted'),
      t('Marchés hors travaux avec clause', 'Non-works contracts with clause'),
    ];
    const body = p.years.map((y) => [
      String(y.year),
      ...ids.map((id) => h(y.hoursByBucket[id] ?? '0')),
      h(y.countedHours),
      h(y.notCountedHours),
      String(y.nonWorksContractsWithClause),
    ]);
    const widths = head.map((c, i) => Math.max(c.length, ...body.map((r) => (r[i] ?? '').length)));
    const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
    lines.push(t('Heures d’insertion par année (publics éligibles)', 'Insertion hours per year (eligible publics)'));
    lines.push(`  ${row(head)}`);
    for (const r of body) lines.push(`  ${row(r)}`);
    lines.push('');
  }
  if (p.entriesAfterAsOf > 0) {
    lines.push(
      t(
        `${p.entriesAfterAsOf} saisie(s) datée(s) après le ${p.asOf} : non comptée(s) à cette date.`,
        `${p.entriesAfterAsOf} entr${p.entriesAfterAsOf > 1 ? 'ies' : 'y'} dated after ${p.asOf}: not counted at that date.`,
      ),
    );
    lines.push('');
  }
  return lines.join('\n');
}
