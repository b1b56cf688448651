import { describe, expect, it } from 'vitest'

import { apaCitation, bibtexCitation, bibtexKey, escapeBibtex, type CitationSource } from '@/uhc/citation'

const brief: CitationSource = {
  slug: 'financing-phc-kenya',
  title: 'Financing primary health care in Kenya: lessons from county insurance pilots',
  resourceType: 'policy-brief',
  authors: [{ name: 'Mwangi, Jane Kemunto' }, { name: 'Sato, Haruki' }],
  organisations: [{ name: 'Kakehashi UHC Partnership Office' }],
  publishedOn: '2023-03-14T00:00:00.000Z',
  citation: { publisher: 'Kakehashi UHC Partnership Office', doi: '10.5555/khs.2023.014' },
  pageUrl: 'https://kakehashi.example/en/uhc/financing-phc-kenya',
}

const dataset: CitationSource = {
  slug: 'catastrophic-spending-panel',
  title: 'Out-of-pocket & catastrophic spending panel, 2019–2023 (50% threshold)',
  resourceType: 'dataset',
  organisations: [{ name: 'Mekong Health Financing Observatory' }],
  publishedOn: '2024-06-01',
  citation: { publisher: 'Mekong Health Financing Observatory', url: 'https://example.org/data/oop_panel' },
}

const toolkit: CitationSource = {
  slug: 'supervision-toolkit',
  title: 'Supportive supervision toolkit for community health workers',
  resourceType: 'toolkit',
  authors: [{ name: 'Diallo, Jean-Paul' }, { name: 'Nakamura, Yui' }, { name: 'Okafor, Chiamaka Ifeoma' }],
  publishedOn: '2021-11-30',
  citation: { edition: '2nd ed.' },
  pageUrl: 'https://kakehashi.example/en/uhc/supervision-toolkit',
}

const undated: CitationSource = {
  slug: 'who-pays-ltc',
  title: 'Who pays for long-term care?',
  resourceType: 'report',
  organisations: [{ name: 'The Asia UHC Learning Network' }],
  publishedOn: null,
  citation: { publisher: 'Kakehashi Press' },
}

describe('APA 7 references', () => {
  it('two personal authors, a description in brackets and the DOI as a link', () => {
    expect(apaCitation(brief)).toBe(
      'Mwangi, J. K., & Sato, H. (2023). Financing primary health care in Kenya: lessons from county insurance pilots [Policy brief]. Kakehashi UHC Partnership Office. https://doi.org/10.5555/khs.2023.014',
    )
  })

  it('an organisation as corporate author, without repeating it as publisher', () => {
    expect(apaCitation(dataset)).toBe(
      'Mekong Health Financing Observatory. (2024). Out-of-pocket & catastrophic spending panel, 2019–2023 (50% threshold) [Data set]. https://example.org/data/oop_panel',
    )
  })

  it('three authors with hyphenated given names, an edition and the page as URL', () => {
    expect(apaCitation(toolkit)).toBe(
      'Diallo, J.-P., Nakamura, Y., & Okafor, C. I. (2021). Supportive supervision toolkit for community health workers (2nd ed.) [Toolkit]. https://kakehashi.example/en/uhc/supervision-toolkit',
    )
  })

  it('no date and a title that ends in a question mark', () => {
    expect(apaCitation(undated)).toBe('The Asia UHC Learning Network. (n.d.). Who pays for long-term care? Kakehashi Press.')
  })

  it('a name written "Given Family" still becomes "Family, G."', () => {
    expect(apaCitation({ ...brief, authors: [{ name: 'Amina Yusuf Bello' }] })).toMatch(/^Bello, A\. Y\. \(2023\)\./)
  })
})

describe('BibTeX entries', () => {
  it('a policy brief is a @techreport with its type and institution', () => {
    expect(bibtexCitation(brief)).toBe(
      [
        '@techreport{mwangi2023financing,',
        '  author = {Mwangi, Jane Kemunto and Sato, Haruki},',
        '  title = {{Financing primary health care in Kenya: lessons from county insurance pilots}},',
        '  year = {2023},',
        '  institution = {Kakehashi UHC Partnership Office},',
        '  type = {Policy brief},',
        '  doi = {10.5555/khs.2023.014}',
        '}',
      ].join('\n'),
    )
  })

  it('a dataset is a @dataset with a braced corporate author and escaped specials', () => {
    expect(bibtexCitation(dataset)).toBe(
      [
        '@dataset{mekong2024out,',
        '  author = {{Mekong Health Financing Observatory}},',
        '  title = {{Out-of-pocket \\& catastrophic spending panel, 2019–2023 (50\\% threshold)}},',
        '  year = {2024},',
        '  publisher = {Mekong Health Financing Observatory},',
        '  url = {https://example.org/data/oop_panel}',
        '}',
      ].join('\n'),
    )
  })

  it('a toolkit is a @misc with how it was published and its edition', () => {
    expect(bibtexCitation(toolkit)).toBe(
      [
        '@misc{diallo2021supportive,',
        '  author = {Diallo, Jean-Paul and Nakamura, Yui and Okafor, Chiamaka Ifeoma},',
        '  title = {{Supportive supervision toolkit for community health workers}},',
        '  year = {2021},',
        '  howpublished = {Toolkit},',
        '  edition = {2nd ed.},',
        '  url = {https://kakehashi.example/en/uhc/supervision-toolkit}',
        '}',
      ].join('\n'),
    )
  })

  it('keys are stable and skip leading articles', () => {
    expect(bibtexKey(undated)).toBe('asiandwho')
    expect(bibtexKey(brief)).toBe(bibtexKey({ ...brief }))
  })

  it('escapes every BibTeX special character', () => {
    expect(escapeBibtex('a\\b{c}_~^#$&%')).toBe('a\\textbackslash{}b\\{c\\}\\_\\textasciitilde{}\\textasciicircum{}\\#\\$\\&\\%')
  })
})
