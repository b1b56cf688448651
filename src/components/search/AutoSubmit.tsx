'use client'

import { useEffect, useRef } from 'react'

/**
 * With script, ticking a facet or changing sort submits the search form at once; without
 * script the form's buttons do the same. Renders nothing visible.
 */
export function AutoSubmit() {
  const marker = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    const form = marker.current?.closest('form')
    if (!form) return
    const onChange = (event: Event) => {
      const target = event.target
      if (target instanceof HTMLInputElement && target.type === 'checkbox') form.requestSubmit()
      else if (target instanceof HTMLSelectElement) form.requestSubmit()
    }
    form.addEventListener('change', onChange)
    return () => form.removeEventListener('change', onChange)
  }, [])
  return <span ref={marker} hidden />
}
