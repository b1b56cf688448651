'use client'

import { useState } from 'react'

export function SignOutButton({ label, busyLabel, redirectTo }: { label: string; busyLabel: string; redirectTo: string }) {
  const [busy, setBusy] = useState(false)
  return (
    <button
      type="button"
      className="button button--secondary"
      disabled={busy}
      aria-busy={busy}
      onClick={async () => {
        setBusy(true)
        await fetch('/api/account/sign-out', { method: 'POST', credentials: 'same-origin' }).catch(() => undefined)
        window.location.assign(redirectTo)
      }}
    >
      {busy ? busyLabel : label}
    </button>
  )
}
