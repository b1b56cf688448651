'use client'

import { useEffect, useId, useRef, useState } from 'react'

import type { AppLocale } from '@/i18n/locales'

interface Suggestion {
  id: string
  type: 'package' | 'hospital'
  slug: string
  title: string
}

export interface SearchBoxLabels {
  label: string
  placeholder: string
  suggestions: string
}

/** Fills the plural form of "N suggestions" for the locale (templates come from the server's resources). */
function countMessage(locale: AppLocale, templates: Record<string, string>, count: number): string {
  const template = templates[new Intl.PluralRules(locale).select(count)] ?? templates.other ?? ''
  return template.replace('{{count}}', new Intl.NumberFormat(locale).format(count))
}

const DEBOUNCE_MS = 200

/**
 * The search input with type-ahead suggestions (the ARIA 1.2 combobox pattern). Without
 * script it is a plain text field in a GET form; with script, suggestions appear as you
 * type, arrows move through them, Enter searches for the chosen one, Escape closes the list.
 */
export function SearchBox(props: { locale: AppLocale; defaultValue: string; labels: SearchBoxLabels; countTemplates: Record<string, string> }) {
  const { locale, labels } = props
  const [value, setValue] = useState(props.defaultValue)
  const [items, setItems] = useState<Suggestion[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const inputId = useId()
  const listId = useId()
  const abort = useRef<AbortController | null>(null)

  useEffect(() => {
    const q = value.trim()
    if (q.length < 2) {
      setItems([])
      return
    }
    const timer = setTimeout(async () => {
      abort.current?.abort()
      const controller = new AbortController()
      abort.current = controller
      try {
        const response = await fetch(`/api/search/suggest?q=${encodeURIComponent(q)}&lang=${locale}`, { signal: controller.signal })
        if (!response.ok) return setItems([])
        const body = (await response.json()) as { suggestions?: Suggestion[] }
        setItems(body.suggestions ?? [])
        setActive(-1)
      } catch {
        // Suggestions are a convenience: a failure leaves the plain search working.
      }
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [value, locale])

  const inputRef = useRef<HTMLInputElement>(null)
  // Picking a suggestion searches for it (the results keep facets and sort), rather than
  // jumping to one record: the visitor still compares before choosing.
  const pick = (s: Suggestion) => {
    setValue(s.title)
    setOpen(false)
    const form = inputRef.current?.form
    if (form && inputRef.current) {
      inputRef.current.value = s.title
      form.requestSubmit()
    }
  }
  const expanded = open && items.length > 0
  const optionId = (index: number) => `${listId}-option-${index}`

  return (
    <div className="combobox">
      <label htmlFor={inputId}>{labels.label}</label>
      <input
        id={inputId}
        ref={inputRef}
        type="search"
        name="q"
        value={value}
        placeholder={labels.placeholder}
        maxLength={200}
        autoComplete="off"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        onChange={(event) => {
          setValue(event.target.value)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(event) => {
          if (!expanded) return
          if (event.key === 'ArrowDown') {
            event.preventDefault()
            setActive((i) => (i + 1) % items.length)
          } else if (event.key === 'ArrowUp') {
            event.preventDefault()
            setActive((i) => (i <= 0 ? items.length - 1 : i - 1))
          } else if (event.key === 'Enter' && active >= 0) {
            const picked = items[active]
            if (picked) {
              event.preventDefault()
              pick(picked)
            }
          } else if (event.key === 'Escape') {
            setOpen(false)
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label={labels.suggestions} className="combobox__list" hidden={!expanded}>
        {items.map((s, index) => (
          <li
            key={s.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => {
              event.preventDefault()
              pick(s)
            }}
          >
            {s.title}
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {expanded ? countMessage(locale, props.countTemplates, items.length) : ''}
      </p>
    </div>
  )
}
