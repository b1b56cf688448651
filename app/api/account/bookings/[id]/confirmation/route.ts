import config from '@payload-config'
import { getPayload } from 'payload'

import { belongsToHospital } from '@/access/roles'
import { buildConfirmationPdf, confirmationFilename } from '@/confirmation/pdf'
import { loadConfirmationView } from '@/confirmation/view'
import { siteError } from '@/http/site'
import { requestLocale } from '@/http/site'
import { getTranslator } from '@/i18n/server'

const printable = new Set(['confirmed', 'completed'])

/** GET: the booking's confirmation PDF, for its patient or the staff of its hospital. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params
  const t = getTranslator(requestLocale(request), 'emails')
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return siteError(401, t('errors.signIn'))
  const loaded = await loadConfirmationView(payload, id)
  const mayRead =
    loaded &&
    ((user.collection === 'patients' && String(user.id) === loaded.patientId) || belongsToHospital(user, loaded.hospitalId))
  // Somebody else's booking answers like a missing one: its existence is not revealed.
  if (!loaded || !mayRead) return siteError(404, t('errors.notFound'))
  if (!printable.has(loaded.status)) return siteError(409, t('errors.notConfirmed'))
  const pdf = await buildConfirmationPdf(loaded.view)
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${confirmationFilename(loaded.view.reference)}"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
