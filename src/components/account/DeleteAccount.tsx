'use client'

import { useState } from 'react'

import { AccountForm, type AccountFormProps } from './AccountForm'

/** A two-step delete: first what is erased and kept, then the password to confirm. */
export function DeleteAccount({ continueLabel, cancelLabel, form }: { continueLabel: string; cancelLabel: string; form: AccountFormProps }) {
  const [confirming, setConfirming] = useState(false)
  if (!confirming) {
    return (
      <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
        {continueLabel}
      </button>
    )
  }
  return (
    <div>
      <AccountForm {...form} danger />
      <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
        {cancelLabel}
      </button>
    </div>
  )
}
