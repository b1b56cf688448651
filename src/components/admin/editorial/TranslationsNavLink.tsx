import type { ServerProps } from 'payload'

import { isPlatformStaff } from '@/access/roles'

/** After the nav links: the translation dashboard, for editors and platform admins. */
export function TranslationsNavLink({ i18n, user, payload }: ServerProps) {
  if (!isPlatformStaff(user)) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/translations`} style={{ display: 'block', paddingBlock: 4 }}>
      {i18n.language === 'ja' ? '翻訳状況' : 'Translations'}
    </a>
  )
}
