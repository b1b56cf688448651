'use client'

import { useState } from 'react'

/** A citation in a <pre> with a button that copies it; without script the text is still selectable. */
export function CopyBlock({ id, heading, text, labels }: { id: string; heading: string; text: string; labels: { copy: string; copied: string } }) {
  const [copied, setCopied] = useState(false)
  return (
    <div className="uhc-cite">
      <div className="uhc-cite__head">
        <h3 id={`${id}-title`}>{heading}</h3>
        <button
          type="button"
          className="secondary"
          aria-describedby={`${id}-title`}
          onClick={() => {
            void navigator.clipboard?.writeText(text).then(() => setCopied(true))
          }}
        >
          {copied ? labels.copied : labels.copy}
        </button>
      </div>
      <pre id={id}>
        <code>{text}</code>
      </pre>
      <span role="status" className="visually-hidden">
        {copied ? labels.copied : ''}
      </span>
    </div>
  )
}
