/**
 * `npm run search:reindex`: rebuilds the search index from the database.
 *
 * Meilisearch: builds every document, then `replaceAll` fills a fresh index aside and swaps it
 * in, so searches never see a half-built index.
 *
 * Embedded engine: the index lives in each server's memory, which this process cannot reach. The
 * script builds every document (checking the database reads and the engine accept them), then
 * writes the reindex marker (`data/search/<database>.reindex.json`); each running server sees the
 * marker within seconds of its next search and rebuilds its own index from the database in the
 * background, answering from the old index meanwhile. A server started later builds on first use.
 *
 * Progress goes to stderr as a plain-text bar; the summary to stdout.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { currentSearchIndex, rebuildSearchIndex, requestServerReindex } from '@/search/bootstrap'
import { runScript } from './lib/runScript'

const BAR_WIDTH = 30

/** `[#####-----] 1200/2400 documents`: redrawn in place on a terminal, one line per 10% otherwise. */
function progressBar(label: string): (done: number, total: number) => void {
  const tty = process.stderr.isTTY
  let lastDecile = -1
  return (done, total) => {
    const ratio = total > 0 ? Math.min(done / total, 1) : 1
    const filled = Math.round(ratio * BAR_WIDTH)
    const line = `${label.padEnd(9)} [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} documents`
    if (tty) {
      process.stderr.write(`\r${line}${done >= total ? '\n' : ''}`)
      return
    }
    const decile = Math.floor(ratio * 10)
    if (decile !== lastDecile || done >= total) {
      lastDecile = decile
      process.stderr.write(`${line}\n`)
    }
  }
}

async function main(): Promise<void> {
  const payload = await getPayload({ config })
  try {
    const index = currentSearchIndex()
    process.stderr.write(`Rebuilding the search index (${index.engine}) from the database …\n`)
    if (!(await index.healthy())) throw new Error(`The ${index.engine} search engine does not answer`)

    const summary = await rebuildSearchIndex(payload, {
      onBuildProgress: progressBar('reading'),
      onIndexProgress: progressBar('indexing'),
    })

    const lines = [
      `Search index rebuilt (${index.engine}) in ${(summary.durationMs / 1000).toFixed(1)} s:`,
      `  packages        ${String(summary.packages).padStart(6)}`,
      `  hospitals       ${String(summary.hospitals).padStart(6)}`,
      `  total           ${String(summary.packages + summary.hospitals).padStart(6)}`,
      `  synonym groups  ${String(summary.synonymGroups).padStart(6)}`,
    ]
    if (index.engine === 'embedded') {
      const marker = requestServerReindex({ packages: summary.packages, hospitals: summary.hospitals })
      lines.push(
        `Running servers keep this index in memory: asked them to rebuild (${marker});`,
        'each does so within seconds of its next search, and answers from its old index meanwhile.',
      )
    }
    console.log(lines.join('\n'))
  } finally {
    await payload.destroy()
  }
}

await runScript('Reindexing', main)
