import { describe, expect, it } from 'vitest'

import { isPriceBand, priceBandOf, priceBandRange, priceBands, stayBandOf } from '@/search/bands'
import { highlight } from '@/search/highlight'
import { escapeHtml, normalizeText, normalizeWord } from '@/search/normalize'
import { matchesText, planQuery, wordMatches, withinOneEdit, type QueryPlan } from '@/search/plan'
import { compileSynonyms, defaultSynonymGroups, documentTokens, emptySynonyms, matchSynonyms, synonymMap, synonymToken } from '@/search/synonyms'
import { grams, indexTokens, segment } from '@/search/tokenize'

const words = (text: string) => segment(normalizeText(text)).map((piece) => piece.text)

describe('normalizeText', () => {
  it('lower-cases and folds full-width forms (NFKC)', () => {
    expect(normalizeText('ＡＢＣ Clinic')).toBe('abc clinic')
    expect(normalizeText('ｶﾞﾝ')).toBe('ガン')
  })

  it('strips accents from Latin letters, so Vietnamese, French, Spanish and Portuguese match without them', () => {
    expect(normalizeText('Khám sức khỏe')).toBe('kham suc khoe')
    expect(normalizeText('Đà Nẵng')).toBe('da nang')
    expect(normalizeText('Dépistage, cœur, año, coração')).toBe('depistage, coeur, ano, coracao')
  })

  it('folds Cyrillic ё to е but keeps the letters', () => {
    expect(normalizeText('Ёлка Кардиология')).toBe('елка кардиология')
  })

  it('keeps the marks that are letters elsewhere: Thai vowels, Japanese voicing, Hangul', () => {
    expect(normalizeText('ตรวจสุขภาพ')).toBe('ตรวจสุขภาพ')
    expect(normalizeText('がん')).toBe('がん')
    expect(normalizeText('건강검진')).toBe('건강검진')
  })

  it('keeps Thai ำ whole, so ICU still recognises the words around it', () => {
    expect(normalizeText('ประจำปี')).toBe('ประจำปี')
  })

  it('removes Arabic harakat and tatweel and unifies alef, yeh and teh marbuta', () => {
    expect(normalizeText('فَحْصُ القَلْبِ')).toBe('فحص القلب')
    expect(normalizeText('أحمد إبراهيم آمنة')).toBe('احمد ابراهيم امنه')
    expect(normalizeText('مستشفـــى')).toBe('مستشفي')
  })

  it('strips the Arabic definite article from words', () => {
    expect(normalizeWord('القلب')).toBe('قلب')
    expect(normalizeWord('بالقلب')).toBe('قلب')
    expect(normalizeWord('ال')).toBe('ال')
    expect(normalizeWord('heart')).toBe('heart')
  })

  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;')
  })
})

describe('segment', () => {
  it('splits Latin, Cyrillic and Arabic on word boundaries, and French elisions', () => {
    expect(words('Health check-up, Tokyo')).toEqual(['health', 'check', 'up', 'tokyo'])
    expect(words('Кардиология и МРТ')).toEqual(['кардиология', 'и', 'мрт'])
    expect(words("L'hôpital d’Osaka")).toEqual(['l', 'hopital', 'd', 'osaka'])
    expect(words('فحص القلب')).toEqual(['فحص', 'قلب'])
  })

  it('keeps a run of Japanese as one piece, with the words ICU finds in it', () => {
    const [piece] = segment(normalizeText('がん検診コース'))
    expect(piece).toMatchObject({ text: 'がん検診こーす', grams: true })
    expect(piece?.words).toEqual(['がん', '検診', 'こーす'])
  })

  it('folds katakana to hiragana, so ガン and がん are one word', () => {
    expect(words('ガン')).toEqual(words('がん'))
  })

  it('splits Thai, which has no spaces, with ICU’s dictionary', () => {
    const [piece] = segment(normalizeText('ตรวจสุขภาพ'))
    expect(piece?.words).toEqual(['ตรวจ', 'สุขภาพ'])
  })

  it('separates scripts that touch', () => {
    expect(words('PET-CT検査（1泊2日）')).toEqual(['pet', 'ct', '検査', '1', '泊', '2', '日'])
  })

  it('reports where each piece is in the normalised text', () => {
    const text = normalizeText('Tokyo ガン検診')
    expect(segment(text).map((p) => text.slice(p.start, p.end))).toEqual(['tokyo', 'ガン検診'])
    expect(segment(text).map((p) => [p.start, p.end])).toEqual([
      [0, 5],
      [6, 10],
    ])
  })
})

describe('grams and indexTokens', () => {
  it('cuts CJK into overlapping bigrams (a single character stays one)', () => {
    expect(grams('体检套餐')).toEqual(['体检', '检套', '套餐'])
    expect(grams('癌')).toEqual(['癌'])
  })

  it('cuts Thai into bigrams of letters with their marks', () => {
    expect(grams('สุขภาพ')).toEqual(['สุข', 'ขภ', 'ภา', 'าพ'])
  })

  it('indexes a Chinese title so that 体检 is one of its terms', () => {
    expect(indexTokens('全面体检套餐')).toEqual(['全面', '面体', '体检', '检套', '套餐', '餐'])
  })

  it('indexes Japanese so that がん is a term of がん検診コース', () => {
    expect(indexTokens('がん検診コース')).toContain('がん')
  })

  it('indexes every term once', () => {
    const tokens = indexTokens('Cancer cancer CANCER がんがん')
    expect(new Set(tokens).size).toBe(tokens.length)
  })

  it('indexes Latin text without accents', () => {
    expect(indexTokens('Khám sức khỏe')).toEqual(['kham', 'suc', 'khoe'])
  })
})

describe('planQuery', () => {
  const lookups = (plan: QueryPlan) => plan.clauses.map((c) => c.alternatives.map((a) => a.lookups))

  it('makes one clause per word; 5+ letters tolerate a typo; the last word of 3+ letters is a prefix', () => {
    expect(lookups(planQuery('knee cardiolgy imp', emptySynonyms))).toEqual([
      [[{ token: 'knee', prefix: false, typos: 0 }]],
      [[{ token: 'cardiolgy', prefix: false, typos: 1 }]],
      [[{ token: 'imp', prefix: true, typos: 0 }]],
    ])
  })

  it('looks CJK words up by their bigrams, exactly; a single character by prefix', () => {
    expect(lookups(planQuery('がん検診', emptySynonyms))).toEqual([
      [[{ token: 'がん', prefix: false, typos: 0 }]],
      [[{ token: '検診', prefix: false, typos: 0 }]],
    ])
    expect(lookups(planQuery('癌', emptySynonyms))).toEqual([[[{ token: '癌', prefix: true, typos: 0 }]]])
  })

  it('drops Japanese particles between words', () => {
    expect(planQuery('東京の人間ドック', emptySynonyms).clauses).toHaveLength(2)
  })

  it('turns a synonym term into "as typed, or the group’s term"', () => {
    const synonyms = compileSynonyms(defaultSynonymGroups)
    const [clause] = planQuery('ningen dock', synonyms).clauses
    const group = synonyms.groups.findIndex((g) => g.some((p) => p.key === 'ningen dock'))
    expect(clause?.alternatives).toEqual([
      { lookups: [{ token: 'ningen', prefix: false, typos: 0 }, { token: 'dock', prefix: false, typos: 0 }], weight: 1 },
      { lookups: [{ token: synonymToken(group), prefix: false, typos: 0 }], weight: 0.5 },
    ])
  })

  it('finds a synonym inside a longer Japanese run', () => {
    const synonyms = compileSynonyms(defaultSynonymGroups)
    const plan = planQuery('東京人間ドック', synonyms)
    expect(plan.clauses).toHaveLength(2)
    expect(plan.clauses[1]?.alternatives).toHaveLength(2)
  })

  it('highlights every term of a matched group', () => {
    const plan = planQuery('IVF', compileSynonyms(defaultSynonymGroups))
    expect(plan.highlights.map((l) => l.token)).toEqual(expect.arrayContaining(['ivf', '体外', '受精', 'vitro']))
  })

  it('plans nothing for punctuation only', () => {
    expect(planQuery(' — !? ', emptySynonyms).clauses).toEqual([])
  })
})

describe('matching words the way the index does', () => {
  it('tolerates one edit, but not in the first letter', () => {
    expect(withinOneEdit('cardiology', 'cardiolgy')).toBe(true)
    expect(withinOneEdit('cardiology', 'cardiolog')).toBe(true)
    expect(withinOneEdit('cardiology', 'kardiolgy')).toBe(false)
    expect(wordMatches('cardiology', { token: 'cardiolgy', prefix: false, typos: 1 })).toBe(true)
    expect(wordMatches('bardiology', { token: 'cardiology', prefix: false, typos: 1 })).toBe(false)
    expect(wordMatches('cardiology', { token: 'cardio', prefix: true, typos: 0 })).toBe(true)
    expect(wordMatches('cardiology', { token: 'cardio', prefix: false, typos: 0 })).toBe(false)
    expect(wordMatches('cardiology', { token: 'cardoi', prefix: true, typos: 1 })).toBe(true)
  })

  it('judges one text against a plan', () => {
    const plan = planQuery('cardio', emptySynonyms)
    expect(matchesText(plan, 'Cardiology consultation')).toBe(true)
    expect(matchesText(plan, 'Consultation de cardiologie')).toBe(true)
    expect(matchesText(plan, 'Dental implant')).toBe(false)
  })
})

describe('synonyms', () => {
  const synonyms = compileSynonyms(defaultSynonymGroups)

  it('seeds groups across the languages', () => {
    const group = synonyms.groups.find((g) => g.some((p) => p.term === 'ningen dock'))
    expect(group?.map((p) => p.term)).toEqual(expect.arrayContaining(['人間ドック', '体检', '건강검진', 'ตรวจสุขภาพ', 'khám sức khỏe']))
  })

  it('treats spellings that cut the same as one term (PET-CT, PET/CT, PET CT)', () => {
    const group = synonyms.groups.find((g) => g.some((p) => p.term === 'PET-CT'))
    expect(group?.map((p) => p.key).sort()).toEqual(['pet ct', 'petct'])
  })

  it('merges groups that share a term', () => {
    const merged = compileSynonyms([
      ['a1', 'shared'],
      ['shared', 'b1'],
      ['c1', 'c2'],
    ])
    expect(merged.groups.map((g) => g.map((p) => p.key).sort())).toEqual([
      ['a1', 'b1', 'shared'],
      ['c1', 'c2'],
    ])
  })

  it('finds terms in text: whole words in sequence, or inside a CJK run', () => {
    const found = (text: string) =>
      matchSynonyms(segment(normalizeText(text)), synonyms).flatMap((item) => (item.kind === 'synonym' ? [item.phrase.term] : []))
    expect(found('Book a ningen dock in Tokyo')).toEqual(['ningen dock'])
    expect(found('東京の人間ドックと体外受精')).toEqual(['人間ドック', '体外受精'])
    expect(found('ningen docking')).toEqual([])
  })

  it('indexes a document under each group it mentions', () => {
    const group = synonyms.groups.findIndex((g) => g.some((p) => p.key === 'ivf'))
    expect(documentTokens('体外受精（顕微授精を含む）', synonyms)).toContain(synonymToken(group))
    expect(documentTokens('Knee surgery', synonyms).some((t) => t.startsWith('\u0001'))).toBe(false)
  })

  it('gives Meilisearch a map from each term to the rest of its group', () => {
    const map = synonymMap([['IVF', '体外受精', 'khám sức khỏe']])
    expect(map.ivf).toEqual(['体外受精', 'khám sức khỏe', 'kham suc khoe'])
    expect(map['kham suc khoe']).toEqual(['ivf', '体外受精'])
  })

  it('signs a set by its content', () => {
    expect(compileSynonyms([['a', 'b']]).signature).toBe(compileSynonyms([['B', 'A']]).signature)
    expect(compileSynonyms([['a', 'b']]).signature).not.toBe(compileSynonyms([['a', 'c']]).signature)
  })
})

describe('highlight', () => {
  it('marks matched words and escapes everything else', () => {
    const plan = planQuery('implant', emptySynonyms)
    expect(highlight('Dental implant <single tooth> & crown', plan.highlights)).toBe(
      'Dental <mark>implant</mark> &lt;single tooth&gt; &amp; crown',
    )
  })

  it('marks the original spelling when the query had no accents, or a typo', () => {
    expect(highlight('Gói khám sức khỏe', planQuery('kham suc khoe', emptySynonyms).highlights)).toBe(
      'Gói <mark>khám</mark> <mark>sức</mark> <mark>khỏe</mark>',
    )
    expect(highlight('Cardiology consultation', planQuery('cardiolgy', emptySynonyms).highlights)).toBe(
      '<mark>Cardiology</mark> consultation',
    )
  })

  it('marks CJK characters a bigram matched, in the original kana', () => {
    expect(highlight('がん検診コース', planQuery('ガン', emptySynonyms).highlights)).toBe('<mark>がん</mark>検診コース')
    expect(highlight('全面体检套餐', planQuery('体检', emptySynonyms).highlights)).toBe('全面<mark>体检</mark>套餐')
  })

  it('marks the whole Arabic word, article included', () => {
    expect(highlight('فحص القلب', planQuery('قلب', emptySynonyms).highlights)).toBe('فحص <mark>القلب</mark>')
  })

  it('escapes a title when nothing matched', () => {
    expect(highlight('A & B', [])).toBe('A &amp; B')
  })
})

describe('bands', () => {
  it('puts prices in yen into bands with inclusive lower bounds', () => {
    expect(priceBandOf(0)).toBe('lt-100k')
    expect(priceBandOf(99_999)).toBe('lt-100k')
    expect(priceBandOf(100_000)).toBe('100k-300k')
    expect(priceBandOf(299_999)).toBe('100k-300k')
    expect(priceBandOf(300_000)).toBe('300k-1m')
    expect(priceBandOf(1_000_000)).toBe('1m-3m')
    expect(priceBandOf(3_000_000)).toBe('gte-3m')
    expect(priceBandOf(50_000_000)).toBe('gte-3m')
  })

  it('has no band for an unknown or invalid price', () => {
    expect(priceBandOf(undefined)).toBeUndefined()
    expect(priceBandOf(null)).toBeUndefined()
    expect(priceBandOf(-1)).toBeUndefined()
    expect(priceBandOf(Number.NaN)).toBeUndefined()
  })

  it('puts stays into day, 1-3, 4-7 and 8-plus nights', () => {
    expect(stayBandOf(0)).toBe('day')
    expect(stayBandOf(1)).toBe('1-3')
    expect(stayBandOf(3)).toBe('1-3')
    expect(stayBandOf(4)).toBe('4-7')
    expect(stayBandOf(7)).toBe('4-7')
    expect(stayBandOf(8)).toBe('8-plus')
    expect(stayBandOf(undefined)).toBeUndefined()
  })

  it('turns a price band back into the filters that select exactly it', () => {
    for (const band of priceBands) {
      const { priceMin, priceMax } = priceBandRange(band.id)
      expect(priceBandOf(priceMin)).toBe(band.id)
      if (priceMax !== undefined) {
        expect(priceBandOf(priceMax)).toBe(band.id)
        expect(priceBandOf(priceMax + 1)).not.toBe(band.id)
      }
    }
    expect(isPriceBand('300k-1m')).toBe(true)
    expect(isPriceBand('cheap')).toBe(false)
  })
})
