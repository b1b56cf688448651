'use client'

import { useFormFields } from '@payloadcms/ui'

/**
 * The stored email as the recipient sees it. The HTML is shown in a sandboxed frame with no
 * scripts, no same-origin access and no network for forms: it is data, never trusted markup.
 */
export function EmailPreview() {
  const html = useFormFields(([fields]) => fields.html?.value)
  if (typeof html !== 'string' || html.length === 0) return null
  return (
    <div className="field-type" style={{ marginBlockEnd: '1.5rem' }}>
      <iframe
        title="Email preview"
        sandbox=""
        srcDoc={html}
        style={{ inlineSize: '100%', blockSize: '32rem', border: '1px solid var(--theme-elevation-150)', background: '#fff' }}
      />
    </div>
  )
}
