import { languageName } from '@/geo/countries'
import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'
import type { ProgramCard as Program } from '@/training/queries'
import { applicationsOpen } from '@/training/rules'

/** The host's display name: the hospital's (populated) or the university's. */
export function hostName(host: Program['host']): string {
  if (host?.kind === 'hospital') return typeof host.hospital === 'object' && host.hospital ? host.hospital.name : ''
  return host?.name ?? ''
}

/** One programme in the list: title, host, field, format, length, languages, deadline and badges. */
export function ProgramCard({ program, locale }: { program: Program; locale: AppLocale }) {
  const t = getTranslator(locale, 'training')
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })
  const open = applicationsOpen(program.applicationDeadline)
  return (
    <article className="coop-card">
      <h3>
        <a href={`/${locale}/training/${program.slug}`}>{program.title}</a>
      </h3>
      <p className="coop-meta">{hostName(program.host)}</p>
      <ul className="coop-badges">
        <li className="coop-badge">{t(`field.${program.field}`)}</li>
        <li className="coop-badge">{t(`format.${program.format}`)}</li>
        <li className="coop-badge">{t('program.weeks', { weeks: program.lengthWeeks })}</li>
        {program.scholarship?.available ? <li className="coop-badge coop-badge--ok">{t('program.scholarshipAvailable')}</li> : null}
        {open ? null : <li className="coop-badge coop-badge--closed">{t('program.closed')}</li>}
      </ul>
      {program.summary ? <p>{program.summary}</p> : null}
      <p className="coop-meta">
        {t('program.languages')}: {(program.instructionLanguages ?? []).map((code) => languageName(code, locale)).join(', ')}
      </p>
      {program.applicationDeadline ? (
        <p className="coop-meta">
          {t('program.deadline')}: <time dateTime={program.applicationDeadline}>{day.format(new Date(program.applicationDeadline))}</time>
        </p>
      ) : null}
    </article>
  )
}
