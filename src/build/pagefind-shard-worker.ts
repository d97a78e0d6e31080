/**
 * Worker thread for the Pagefind integration: indexes one shard with its own
 * Pagefind process (a worker has its own copy of Pagefind's Node API, and so
 * its own indexer), so that two shards can be indexed at once on two cores.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeShard, type ShardJob } from './pagefind-shard.ts';

const job = workerData as ShardJob;
const pagefind = await import('pagefind');
try {
  await writeShard(pagefind, job);
  parentPort!.postMessage({ ok: true });
} catch (error) {
  parentPort!.postMessage({ ok: false, message: (error as Error).message });
} finally {
  await pagefind.close();
}
