/**
 * Runs before `next dev` (`npm run dev`): brings the database schema up to date, loads the
 * demo data into an empty database, and says where to go and how to sign in.
 */
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { env } from '@/env'

import { hospitals } from '../seed/data/hospitals'
import { demoPartnerSlug, partnerMemberEmail } from '../seed/data/partners'
import { demoPatientEmail, editorEmail, hospitalAdminEmail, reviewerEmail } from '../seed/data/users'
import { applyMigrations } from '../seed/migrate'
import { seedDatabase } from '../seed/seed'
import { runScript } from './lib/runScript'

async function prepare(payload: Payload): Promise<void> {
  await applyMigrations(payload)

  // Only a database without any staff is treated as new: once someone has signed up or
  // seeded, their data is left alone (run `npm run seed` to top up the demo data).
  const staff = await payload.count({ collection: 'users', locale: 'en' })
  if (staff.totalDocs === 0) {
    console.log('Empty database: loading the demo data …')
    await seedDatabase(payload, { log: (line) => console.log(`  ${line}`) })
  }

  const demoAdmin = await payload.count({
    collection: 'users',
    where: { email: { equals: env.seed.adminEmail } },
    locale: 'en',
  })
  const exampleHospital = hospitals.find((h) => h.status === 'verified') ?? hospitals[0]
  const lines = [
    '',
    `  Kakehashi (development) → ${env.serverUrl}`,
    `    Site    ${env.serverUrl}/`,
    `    Admin   ${env.serverUrl}/admin`,
    '',
  ]
  if (demoAdmin.totalDocs > 0) {
    lines.push(
      `  Demo logins (password: ${env.seed.password})`,
      `    Platform admin   ${env.seed.adminEmail}`,
      `    Editor           ${editorEmail}`,
      `    Reviewer         ${reviewerEmail} (a second editor, who approves)`,
      ...(exampleHospital ? [`    Hospital admin   ${hospitalAdminEmail(exampleHospital.slug)}`] : []),
      `                     (one per hospital: ${hospitalAdminEmail('<hospital-slug>')})`,
      `    Patient (site)   ${demoPatientEmail} at ${env.serverUrl}/en/account/sign-in`,
      `    Partner (site)   ${partnerMemberEmail(demoPartnerSlug)} at ${env.serverUrl}/en/partners`,
      '',
    )
  } else {
    lines.push('  This database has its own staff users; the demo logins were not loaded.', '')
  }
  console.log(lines.join('\n'))
}

// `next dev` starts only after this exits (runScript exits; `payload run` would wait on open handles).
await runScript('Preparing the development database', async () => {
  const payload = await getPayload({ config })
  try {
    await prepare(payload)
  } finally {
    await payload.destroy()
  }
})
