import { notFound } from 'next/navigation'

/** Any other path under a locale is a localized 404, not a crash. */
export default function UnknownPage(): never {
  notFound()
}
