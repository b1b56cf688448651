import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'

/** Previous/next links with the current position; hrefs are built by the caller (they keep filters). */
export function Pagination(props: { locale: AppLocale; page: number; totalPages: number; hrefFor: (page: number) => string }) {
  const t = getTranslator(props.locale)
  if (props.totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      {props.page > 1 ? (
        <a className="button secondary" rel="prev" href={props.hrefFor(props.page - 1)}>
          {t('pagination.previous')}
        </a>
      ) : null}
      <span aria-current="page">{t('pagination.status', { page: props.page, total: props.totalPages })}</span>
      {props.page < props.totalPages ? (
        <a className="button secondary" rel="next" href={props.hrefFor(props.page + 1)}>
          {t('pagination.next')}
        </a>
      ) : null}
    </nav>
  )
}
