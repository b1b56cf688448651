/** The text of the site's block pages in one language (structure: seed/data/pages.ts). */
export interface PageTexts {
  about: { title: string; summary: string; intro: string; whatHeading: string; what: string[]; howHeading: string; how: string[]; ctaHeading: string; ctaLabel: string }
  how: { title: string; summary: string; intro: string; stepsHeading: string; steps: [string, string][]; ctaHeading: string; ctaText: string; ctaLabel: string }
  visa: {
    title: string
    summary: string
    intro: string
    whoHeading: string
    who: string[]
    stepsHeading: string
    steps: [string, string][]
    docsHeading: string
    docsIntro: string
    docs: string[]
    faqHeading: string
    faq: [string, string][]
    checkHeading: string
    check: string
    ctaHeading: string
    ctaLabel: string
  }
  faq: { title: string; summary: string; heading: string; items: [string, string][]; ctaHeading: string; ctaLabel: string }
  contact: {
    title: string
    summary: string
    intro: string
    heading: string
    general: string
    generalNote: string
    partners: string
    privacy: string
    emergency: string
    emergencyNote: string
    hotline: string
    hotlineNote: string
    replyHeading: string
    reply: string[]
  }
  privacy: { title: string; summary: string; sections: [string, string][] }
  terms: { title: string; summary: string; sections: [string, string][] }
}
