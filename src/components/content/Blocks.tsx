import { RichText } from '@payloadcms/richtext-lexical/react'

import type { Page } from '../../../payload-types'
import type { AppLocale } from '@/i18n/locales'
import { localizedPath } from '@/i18n/paths'

type Block = NonNullable<Page['layout']>[number]

/** Site paths in blocks are written without the language; they open in the reader's. */
function hrefFor(locale: AppLocale, href: string): string {
  return href.startsWith('/') ? localizedPath(locale, href) : href
}

function contactHref(kind: string, value: string): string | undefined {
  if (kind === 'email') return `mailto:${value}`
  if (kind === 'phone') return `tel:${value.replace(/[^+\d]/g, '')}`
  if (kind === 'url' && /^https?:\/\//.test(value)) return value
  return undefined
}

/**
 * Renders a page's blocks as sections. The page title is the only h1 (rendered by the page
 * unless a hero carries it); each block with a heading is an h2 section labelled by it.
 */
export function Blocks({ blocks, locale, title }: { blocks: Block[]; locale: AppLocale; title: string }) {
  const heroIndex = blocks.findIndex((b) => b.blockType === 'hero')
  return (
    <>
      {heroIndex === -1 ? (
        <header className="page-header">
          <h1>{title}</h1>
        </header>
      ) : null}
      {blocks.map((block, index) => {
        const key = block.id ?? `${block.blockType}-${index}`
        const headingId = `block-${index}`
        switch (block.blockType) {
          case 'hero':
            // The first hero holds the page's h1 (its heading, or the page title).
            return index === heroIndex ? (
              <header key={key} className="hero page-hero">
                <h1>{block.heading || title}</h1>
                {block.text ? <p>{block.text}</p> : null}
              </header>
            ) : (
              <section key={key} className="hero page-hero" aria-labelledby={block.heading ? headingId : undefined}>
                {block.heading ? <h2 id={headingId}>{block.heading}</h2> : null}
                {block.text ? <p>{block.text}</p> : null}
              </section>
            )
          case 'richText':
            return (
              <section key={key} className="panel rich-text" aria-labelledby={block.heading ? headingId : undefined}>
                {block.heading ? <h2 id={headingId}>{block.heading}</h2> : null}
                <RichText data={block.content} />
              </section>
            )
          case 'steps':
            return (
              <section key={key} className="section" aria-labelledby={headingId}>
                <h2 id={headingId}>{block.heading}</h2>
                {block.intro ? <p>{block.intro}</p> : null}
                <ol className="steps content-steps">
                  {(block.items ?? []).map((item, i) => (
                    <li key={item.id ?? i}>
                      <h3 className="content-steps__title">{item.title}</h3>
                      {item.text ? <p>{item.text}</p> : null}
                    </li>
                  ))}
                </ol>
              </section>
            )
          case 'faq':
            return (
              <section key={key} className="section faq" aria-labelledby={headingId}>
                <h2 id={headingId}>{block.heading}</h2>
                {(block.items ?? []).map((item, i) => (
                  <details key={item.id ?? i} className="faq__item">
                    {/* A heading inside <summary> is lost (its children are presentational): plain text. */}
                    <summary className="faq__question">{item.question}</summary>
                    <p>{item.answer}</p>
                  </details>
                ))}
              </section>
            )
          case 'checklist':
            return (
              <section key={key} className="panel" aria-labelledby={headingId}>
                <h2 id={headingId}>{block.heading}</h2>
                {block.intro ? <p>{block.intro}</p> : null}
                <ul className="checklist">
                  {(block.items ?? []).map((item, i) => (
                    <li key={item.id ?? i}>{item.text}</li>
                  ))}
                </ul>
              </section>
            )
          case 'contactPoints':
            return (
              <section key={key} className="panel" aria-labelledby={headingId}>
                <h2 id={headingId}>{block.heading}</h2>
                <dl className="facts contact-points">
                  {(block.items ?? []).map((item, i) => {
                    const href = contactHref(item.kind, item.value)
                    return (
                      <div key={item.id ?? i} className="contact-points__item">
                        <dt>{item.label}</dt>
                        <dd>
                          {href ? (
                            <a href={href} dir={item.kind === 'text' ? undefined : 'ltr'}>
                              {item.value}
                            </a>
                          ) : (
                            item.value
                          )}
                          {item.note ? <span className="card__meta contact-points__note">{item.note}</span> : null}
                        </dd>
                      </div>
                    )
                  })}
                </dl>
              </section>
            )
          case 'callToAction':
            return (
              <section key={key} className="cta" aria-labelledby={headingId}>
                <h2 id={headingId}>{block.heading}</h2>
                {block.text ? <p>{block.text}</p> : null}
                <p>
                  <a className="button" href={hrefFor(locale, block.href)}>
                    {block.label}
                  </a>
                </p>
              </section>
            )
          default:
            return null
        }
      })}
    </>
  )
}
