/**
 * Index one shard of the search index with Pagefind, in a worker thread
 * (pagefind-shard-worker.ts) so that each shard has its own indexer process,
 * whose memory is returned to the system when the shard is written.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { SHARD_DATA, type SearchablePage } from '../search/index-shards.ts';
import { indexedHtml } from '../search/indexed-html.ts';

export const PAGEFIND_CHARACTERS = '+＋';

export interface ShardJob {
  /** The built site's folder. */
  site: string;
  pages: SearchablePage[];
  /** Where the shard's index goes. */
  outputPath: string;
  /** Whether to keep only the index data (every shard but the first). */
  dataOnly: boolean;
}

type Pagefind = typeof import('pagefind');


export async function writeShard(pagefind: Pagefind, { site, pages, outputPath, dataOnly }: ShardJob): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ includeCharacters: PAGEFIND_CHARACTERS });
  if (!index || errors.length > 0) throw new Error(errors.join('; ') || 'Pagefind could not create an index');
  for (const page of pages) {
    const added = await index.addHTMLFile({ sourcePath: page.file, content: indexedHtml(readFileSync(join(site, page.file), 'utf8')) });
    if (added.errors.length > 0) throw new Error(`${page.file}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  // The indexer runs as a separate process; if it dies (out of memory, say) no error may come back.
  if (!existsSync(join(outputPath, 'pagefind-entry.json'))) {
    throw new Error(`Pagefind reported success but wrote no index in ${outputPath} (its process may have run out of memory; lower TIFA_SEARCH_PAGES_PER_INDEX)`);
  }
  if (dataOnly) for (const name of readdirSync(outputPath)) if (!SHARD_DATA.test(name)) rmSync(join(outputPath, name), { recursive: true });
}

/** Run `writeShard` in a worker thread; rejects with the worker's error. */
export function writeShardInWorker(job: ShardJob): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pagefind-shard-worker.ts', import.meta.url), { workerData: job });
    let settled = false;
    worker.once('message', (result: { ok: boolean; message?: string }) => {
      settled = true;
      if (result.ok) resolve();
      else reject(new Error(result.message));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the search indexer's worker stopped (exit code ${code}) before finishing ${job.outputPath}`));
    });
  });
}
