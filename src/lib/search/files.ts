/** Where the files of the site-search index are served: /tim-kiem/<name>.json. */

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
