import type { Payload } from 'payload'

import type { Patient } from '../../../payload-types'

import { PASSWORD, unique } from './world'

/** A signed-in patient as Payload hands it to access functions. */
export type PatientActor = Patient & { collection: 'patients' }

/** A verified patient account (set up without a user: a trusted set-up, not under test). */
export async function createPatient(
  payload: Payload,
  label = 'patient',
  preferredLanguage: Patient['preferredLanguage'] = 'en',
): Promise<PatientActor> {
  const patient = await payload.create({
    collection: 'patients',
    depth: 0,
    // Already verified: no verification email to write.
    disableVerificationEmail: true,
    data: {
      email: `${unique(label)}@patients.test`,
      password: PASSWORD,
      name: label,
      preferredLanguage,
      _verified: true,
    },
  })
  return { ...patient, collection: 'patients' }
}
