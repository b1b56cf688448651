import { okWithCookie } from '@/patients/http'
import { signOut } from '@/patients/service'

export async function POST(request: Request) {
  const { cookie } = await signOut(request.headers)
  return okWithCookie({ ok: true }, cookie)
}
