import type { Endpoint, PayloadRequest } from 'payload'

import { isPlatformStaff } from '@/access/roles'

import { transitionContent } from './service'
import { EditorialTransitionError } from './transitions'

async function jsonBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const body = req.json ? await req.json() : {}
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** The admin speaks English or Japanese: refusals are explained in the staff member's language. */
function adminLang(req: PayloadRequest): 'en' | 'ja' {
  return req.i18n?.language === 'ja' ? 'ja' : 'en'
}

function errorResponse(err: unknown, req: PayloadRequest): Response {
  if (err instanceof EditorialTransitionError) {
    return Response.json({ errors: [{ message: err.messageIn(adminLang(req)), data: { reason: err.reason } }] }, { status: err.status })
  }
  const status = typeof (err as { status?: unknown })?.status === 'number' ? (err as { status: number }).status : 500
  if (status >= 500) req.payload.logger.error({ err, msg: 'Editorial workflow action failed' })
  const message = status < 500 && err instanceof Error ? err.message : 'Something went wrong.'
  return Response.json({ errors: [{ message }] }, { status })
}

/**
 * POST /api/<collection>/:id/workflow { to, publishAt?, note? }: the admin's workflow buttons.
 * Runs as the signed-in staff member (access checked by the Local API with their user).
 */
export function editorialWorkflowEndpoint(collection: string): Endpoint {
  return {
    path: '/:id/workflow',
    method: 'post',
    handler: async (req) => {
      if (!isPlatformStaff(req.user)) return errorResponse(new EditorialTransitionError('not-staff'), req)
      const id = String(req.routeParams?.id ?? '')
      const body = await jsonBody(req)
      const to = typeof body.to === 'string' ? body.to : ''
      const publishAt = typeof body.publishAt === 'string' ? body.publishAt : undefined
      const note = typeof body.note === 'string' ? body.note : undefined
      try {
        const result = await transitionContent(req, collection, id, to, { publishAt, note })
        return Response.json({ doc: result })
      } catch (err) {
        return errorResponse(err, req)
      }
    },
  }
}
