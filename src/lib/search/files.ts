/** Where the files of the site-search index are served: /tim-kiem/<name>.json. */
import type { SearchFiles, SearchLoader } from "./engine.ts";

/** Folder of the index files. */
export const SEARCH_BASE = "/tim-kiem/";
/** The names file, loaded first. */
export const NAMES_FILE = "ten";
/** The file of a names shard. */
export const nameShardFile = (key: string): string => `n-${key}`;
/** The file of a full-text shard. */
export const shardFile = (key: string): string => `t-${key}`;
/** The file of a chunk of document texts. */
export const chunkFile = (n: number): string => `d-${n}`;
/** The file of a chunk of what plans, measures and provinces show in the results. */
export const shownFile = (n: number): string => `v-${n}`;
/** The URL of an index file. */
export const searchFileUrl = (name: string): string => `${SEARCH_BASE}${name}.json`;

/** The engine's loader over a function that reads a file by its name ("n-th", "d-3"). */
export const searchLoader = (read: (name: string) => Promise<string>): SearchLoader => ({
  names: (key) => read(nameShardFile(key)),
  shard: (key) => read(shardFile(key)),
  chunk: (n) => read(chunkFile(n)),
  shown: (n) => read(shownFile(n)),
});

/** Every file of the index by its name, the names file first. */
export function searchFileBodies(files: SearchFiles): Map<string, string> {
  return new Map([
    [NAMES_FILE, files.names],
    ...[...files.nameShards].map(([key, body]) => [nameShardFile(key), body] as const),
    ...[...files.shards].map(([key, body]) => [shardFile(key), body] as const),
    ...[...files.chunks].map(([n, body]) => [chunkFile(n), body] as const),
    ...[...files.shown].map(([n, body]) => [shownFile(n), body] as const),
  ]);
}
