/**
 * Synonym groups: every term of a group finds what the others find, across languages
 * (`ningen dock` finds a record titled `人間ドック`). Editors maintain the groups in Payload;
 * `defaultSynonymGroups` is the seed. Meilisearch gets them as its synonym map (`synonymMap`).
 *
 * The embedded engine expands at both ends with one matcher (`matchSynonyms`): a document is
 * also indexed under one term per group it mentions (`documentTokens`), and a query term that
 * belongs to a group looks up that term besides its own words (`src/search/plan.ts`). Looking
 * up the 20-odd spellings of a group one by one would cost a lookup each, on records that
 * carry most of them anyway (their text exists in 13 languages); this costs one. The price:
 * new groups take effect once the index is rebuilt, which `setSynonyms` does.
 */

import { normalizeText } from './normalize'
import { piecesTokens, segment, type Piece } from './tokenize'

/**
 * The seed set. Each group is one concept in several languages and spellings. A term that
 * means different things in different languages stays out: 整形外科 is orthopaedics in
 * Japanese but cosmetic surgery in Chinese, so it is in no group.
 */
export const defaultSynonymGroups: string[][] = [
  [
    'ningen dock', '人間ドック', 'health screening', 'comprehensive check-up', 'health check-up', 'health checkup',
    'medical check-up', 'medical checkup', '体检', '健康检查', '體檢', '健康檢查', '건강검진', 'ตรวจสุขภาพ',
    'khám sức khỏe', 'pemeriksaan kesehatan', 'медицинский осмотр', 'чекап', 'فحص طبي شامل', 'chequeo médico',
    'bilan de santé', 'check-up médico',
  ],
  [
    'IVF', '体外受精', 'in vitro fertilisation', 'in vitro fertilization', '试管婴儿', '試管嬰兒', '시험관 시술',
    '시험관 아기', 'เด็กหลอดแก้ว', 'thụ tinh trong ống nghiệm', 'bayi tabung', 'ЭКО', 'экстракорпоральное оплодотворение',
    'أطفال الأنابيب', 'FIV', 'fécondation in vitro', 'fecundación in vitro', 'fertilização in vitro',
  ],
  ['PET-CT', 'PET/CT', 'PETCT', 'PET CT'],
  [
    'proton therapy', 'proton beam therapy', '陽子線治療', '质子治疗', '質子治療', '양성자 치료', 'xạ trị proton',
    'การรักษาด้วยโปรตอน', 'terapi proton', 'протонная терапия', 'العلاج بالبروتونات', 'terapia de protones',
    'protonthérapie', 'terapia de prótons', 'terapia com prótons',
  ],
  [
    'heavy ion therapy', 'carbon ion therapy', 'carbon-ion radiotherapy', '重粒子線治療', '重离子治疗', '重離子治療',
    '중입자 치료', 'xạ trị ion nặng', 'терапия тяжелыми ионами',
  ],
  [
    'cancer screening', 'がん検診', '癌症筛查', '癌症篩檢', '암 검진', 'tầm soát ung thư', 'ตรวจคัดกรองมะเร็ง',
    'skrining kanker', 'скрининг рака', 'الكشف عن السرطان', 'detección de cáncer', 'dépistage du cancer',
    'rastreamento de câncer',
  ],
  ['cancer', 'がん', '癌', '癌症', '암', 'ung thư', 'มะเร็ง', 'kanker', 'рак', 'سرطان', 'cáncer', 'câncer'],
  [
    'cardiology', '循環器内科', '心臓内科', '心内科', '心脏科', '심장내과', '순환기내과', 'tim mạch', 'โรคหัวใจ',
    'kardiologi', 'кардиология', 'أمراض القلب', 'cardiología', 'cardiologie', 'cardiologia',
  ],
  [
    'dentistry', 'dental', '歯科', '牙科', '치과', 'nha khoa', 'ทันตกรรม', 'kedokteran gigi', 'стоматология',
    'طب الأسنان', 'odontología', 'dentaire', 'odontologia',
  ],
  [
    'orthopaedics', 'orthopedics', '骨科', '정형외과', 'chấn thương chỉnh hình', 'ศัลยกรรมกระดูก', 'ortopedi',
    'ортопедия', 'جراحة العظام', 'ortopedia', 'orthopédie',
  ],
  ['MRI', 'magnetic resonance imaging', '核磁共振', '磁共振', 'МРТ', 'IRM', 'resonancia magnética', 'ressonância magnética', 'cộng hưởng từ'],
  [
    'endoscopy', '内視鏡', '胃カメラ', '内镜', '內視鏡', '胃镜', '내시경', 'nội soi', 'ส่องกล้อง', 'endoskopi',
    'эндоскопия', 'التنظير', 'endoscopia', 'endoscopie',
  ],
  [
    'dialysis', '透析', '人工透析', '血液透析', '투석', 'chạy thận', 'lọc máu', 'ฟอกไต', 'cuci darah', 'диализ',
    'غسيل الكلى', 'diálisis', 'dialyse', 'diálise',
  ],
  [
    'regenerative medicine', 'stem cell therapy', '再生医療', '幹細胞治療', '再生医疗', '干细胞治疗', '재생의료',
    '줄기세포 치료', 'y học tái tạo', 'регенеративная медицина', 'médecine régénérative', 'medicina regenerativa',
  ],
  [
    'knee replacement', 'total knee arthroplasty', '人工膝関節置換術', '膝关节置换', '膝關節置換', '인공 무릎 관절',
    'thay khớp gối', 'эндопротезирование коленного сустава', 'prothèse du genou', 'prótesis de rodilla',
    'prótese de joelho',
  ],
]

/** One term of a group, cut the way queries and documents are cut. */
export interface SynonymPhrase {
  /** The term as the editor wrote it. */
  term: string
  /** Normalised pieces joined by a space: two spellings with one key are one term. */
  key: string
  pieces: Piece[]
  /** For a term made only of CJK/Thai runs: the runs joined, found inside a longer run too. */
  run?: string
  group: number
}

export interface SynonymSet {
  groups: SynonymPhrase[][]
  /** Equal for two sets that match the same terms in the same groups. */
  signature: string
  /** Phrases by the text of their first piece, longest first (the longest match wins). */
  byFirstPiece: Map<string, SynonymPhrase[]>
  /** CJK/Thai phrases by their first UTF-16 unit, longest first. */
  byRunStart: Map<string, SynonymPhrase[]>
}

export const emptySynonyms: SynonymSet = { groups: [], signature: '', byFirstPiece: new Map(), byRunStart: new Map() }

/**
 * Normalises the groups, drops empty terms and duplicate spellings, and merges groups that
 * share a term (as a synonym map would: a term finds everything any of its groups finds).
 */
export function compileSynonyms(groups: readonly (readonly string[])[]): SynonymSet {
  const parent = groups.map((_, i) => i)
  const find = (i: number): number => {
    let root = i
    while (parent[root] !== root) root = parent[root] ?? root
    return root
  }
  const byKey = new Map<string, { term: string; key: string; pieces: Piece[]; owner: number }>()
  groups.forEach((group, g) => {
    for (const raw of group) {
      const term = raw.trim()
      const pieces = segment(normalizeText(term))
      if (pieces.length === 0) continue
      const key = pieces.map((p) => p.text).join(' ')
      const seen = byKey.get(key)
      if (seen) parent[find(g)] = find(seen.owner)
      else byKey.set(key, { term, key, pieces, owner: g })
    }
  })

  const merged = new Map<number, SynonymPhrase[]>()
  for (const { term, key, pieces, owner } of byKey.values()) {
    const root = find(owner)
    const phrase: SynonymPhrase = { term, key, pieces, group: 0 }
    if (pieces.every((p) => p.grams)) phrase.run = pieces.map((p) => p.text).join('')
    merged.set(root, [...(merged.get(root) ?? []), phrase])
  }

  const compiled: SynonymPhrase[][] = []
  const byFirstPiece = new Map<string, SynonymPhrase[]>()
  const byRunStart = new Map<string, SynonymPhrase[]>()
  const add = (map: Map<string, SynonymPhrase[]>, key: string, phrase: SynonymPhrase) => map.set(key, [...(map.get(key) ?? []), phrase])
  for (const list of merged.values()) {
    if (list.length < 2) continue
    for (const phrase of list) {
      phrase.group = compiled.length
      add(byFirstPiece, phrase.pieces[0]?.text ?? '', phrase)
      if (phrase.run) add(byRunStart, phrase.run.charAt(0), phrase)
    }
    compiled.push(list)
  }
  const longestFirst = (a: SynonymPhrase, b: SynonymPhrase) =>
    b.pieces.length - a.pieces.length || b.key.length - a.key.length || (a.key < b.key ? -1 : 1)
  for (const list of byFirstPiece.values()) list.sort(longestFirst)
  for (const list of byRunStart.values()) list.sort((a, b) => (b.run?.length ?? 0) - (a.run?.length ?? 0) || longestFirst(a, b))
  const signature = compiled
    .map((group) => group.map((phrase) => phrase.key).sort().join('\u0000'))
    .sort()
    .join('\u0001')
  return { groups: compiled, signature, byFirstPiece, byRunStart }
}

/** A piece of text as typed, or an occurrence of a synonym term. */
export type SynonymItem = { kind: 'piece'; piece: Piece } | { kind: 'synonym'; phrase: SynonymPhrase }

/**
 * Finds synonym terms in cut text: a sequence of whole pieces (`ningen dock`), or a term of
 * CJK/Thai characters inside a longer run (`人間ドック` in `東京人間ドック`). Longest first,
 * left to right. Used on queries and, at indexing time, on documents, so both agree.
 */
export function matchSynonyms(pieces: readonly Piece[], synonyms: SynonymSet): SynonymItem[] {
  if (synonyms.groups.length === 0) return pieces.map((piece) => ({ kind: 'piece', piece }))
  const items: SynonymItem[] = []
  let i = 0
  outer: while (i < pieces.length) {
    const piece = pieces[i]
    if (!piece) break
    for (const phrase of synonyms.byFirstPiece.get(piece.text) ?? []) {
      const n = phrase.pieces.length
      if (i + n <= pieces.length && phrase.pieces.every((p, k) => pieces[i + k]?.text === p.text)) {
        items.push({ kind: 'synonym', phrase })
        i += n
        continue outer
      }
    }
    i++
    if (piece.grams) items.push(...splitRun(piece, synonyms))
    else items.push({ kind: 'piece', piece })
  }
  return items
}

function splitRun(piece: Piece, synonyms: SynonymSet): SynonymItem[] {
  const run = piece.text
  const items: SynonymItem[] = []
  let from = 0
  let pos = 0
  while (pos < run.length) {
    const phrase = synonyms.byRunStart.get(run.charAt(pos))?.find((p) => p.run !== undefined && run.startsWith(p.run, pos))
    if (!phrase?.run) {
      pos++
      continue
    }
    if (pos > from) items.push({ kind: 'piece', piece: fragment(piece, from, pos) })
    items.push({ kind: 'synonym', phrase })
    pos += phrase.run.length
    from = pos
  }
  if (from === 0) return [{ kind: 'piece', piece }]
  if (from < run.length) items.push({ kind: 'piece', piece: fragment(piece, from, run.length) })
  return items
}

/** Part of a run, keeping ICU's words clipped to it (re-segmenting a fragment could cut it differently). */
function fragment(piece: Piece, from: number, to: number): Piece {
  const words: string[] = []
  let offset = 0
  for (const word of piece.words) {
    const start = Math.max(offset, from)
    const end = Math.min(offset + word.length, to)
    if (end > start) words.push(piece.text.slice(start, end))
    offset += word.length
  }
  return { text: piece.text.slice(from, to), grams: true, words, start: piece.start + from, end: piece.start + to }
}

/**
 * The index term that stands for a whole group. A document is indexed under it wherever one
 * of the group's terms occurs, so a query for any term of the group is one lookup, however
 * many languages and spellings the group has. It starts with a control character, which no
 * word can contain.
 */
export function synonymToken(group: number): string {
  return `\u0001${group}`
}

/** A document's index terms: its words and bigrams (`indexTokens`), plus one term per synonym group it mentions. */
export function documentTokens(text: string, synonyms: SynonymSet): string[] {
  const pieces = segment(normalizeText(text))
  const tokens = piecesTokens(pieces)
  if (synonyms.groups.length === 0) return tokens
  const groups = new Set<number>()
  for (const item of matchSynonyms(pieces, synonyms)) if (item.kind === 'synonym') groups.add(item.phrase.group)
  for (const group of groups) tokens.push(synonymToken(group))
  return tokens
}

/** Meilisearch's synonym map: each term (lower-cased, and normalised when that differs) → the rest of its group. */
export function synonymMap(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const { groups: compiled } = compileSynonyms(groups)
  const map: Record<string, string[]> = {}
  for (const group of compiled) {
    const spellings = group.flatMap((phrase) => spellingsOf(phrase.term))
    for (const phrase of group) {
      const own = new Set(spellingsOf(phrase.term))
      const others = [...new Set(spellings.filter((s) => !own.has(s)))]
      for (const spelling of own) map[spelling] = [...new Set([...(map[spelling] ?? []), ...others])]
    }
  }
  return map
}

function spellingsOf(term: string): string[] {
  const lower = term.toLowerCase()
  const normalized = normalizeText(term).replace(/\s+/g, ' ').trim()
  return lower === normalized ? [lower] : [lower, normalized]
}
