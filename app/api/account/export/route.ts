import { createLocalReq } from 'payload'

import { requestLocale } from '@/http/site'
import { exportPatientData } from '@/patients/export'
import { notSignedIn } from '@/patients/http'
import { patientsPayload } from '@/patients/service'
import { currentPatient } from '@/patients/session'

/** Everything held about the signed-in patient, as a JSON download. */
export async function GET(request: Request) {
  const patient = await currentPatient(request.headers)
  if (!patient) return notSignedIn(requestLocale(request))
  const payload = await patientsPayload()
  const req = await createLocalReq({ user: patient }, payload)
  const data = await exportPatientData(req, String(patient.id))
  const day = data.generatedAt.slice(0, 10)
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="kakehashi-my-data-${day}.json"`,
      'Cache-Control': 'no-store',
    },
  })
}
