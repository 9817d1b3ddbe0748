/**
 * The checked content, handed from the data build to `astro build` so that one `npm run build` checks
 * the corpus once, not once per process. `node scripts/build-data.ts` checks the corpus and, when it
 * passes, writes what the pages need (plans, codebook, localities, indicators; not the source texts)
 * under tmp/checked-corpus/, with a stamp of every content file; Astro's loaders take that instead of
 * checking again when the stamp still matches, and check themselves otherwise.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { ContentPaths, LoadedCorpus } from "./corpus.ts";

/** What the pages read of a checked corpus. */
export type CheckedContent = Pick<
  LoadedCorpus,
  "plans" | "measures" | "provinces" | "documents" | "indicators" | "errors" | "quoteSpans"
>;

/** Bumped when CheckedContent or the check changes shape, so an old file is never read. */
const FORMAT = 2;

/** The folders the corpus is read from. */
export function contentDirs(paths: ContentPaths): string[] {
  return [paths.plansDir, paths.sourcesDir, resolve(paths.codebook, "..")];
}

/** The code that checks and parses: a change to it makes a stored result stale as well. */
const CHECK_CODE = ["src/lib/check", "src/lib/corpus", "src/schemas"];

/** Sizes and times of every file the corpus is read from (and of the check's code). */
export function contentStamp(paths: ContentPaths): string {
  const hash = createHash("sha256");
  const code = CHECK_CODE.filter((d) => statSync(d, { throwIfNoEntry: false })?.isDirectory());
  for (const dir of [...contentDirs(paths), ...code])
    for (const name of readdirSync(dir).sort()) {
      const s = statSync(join(dir, name));
      hash.update(`${resolve(dir)}/${name}:${s.size}:${s.mtimeMs}|`);
    }
  return hash.digest("hex");
}

/** Where the checked content of `paths` is kept (one file per set of content folders). */
export function checkedFile(paths: ContentPaths, root = "tmp/checked-corpus"): string {
  const key = createHash("sha256")
    .update(
      contentDirs(paths)
        .map((d) => resolve(d))
        .join("\n"),
    )
    .digest("hex")
    .slice(0, 16);
  return join(root, `${key}.v8`);
}

/** The part of a checked corpus the pages need. */
export function checkedContent(corpus: LoadedCorpus): CheckedContent {
  const { plans, measures, provinces, documents, indicators, errors, quoteSpans } = corpus;
  return { plans, measures, provinces, documents, indicators, errors, quoteSpans };
}

/** Writes the checked content of a corpus without errors, stamped (atomically: a rename). */
export function writeChecked(paths: ContentPaths, stamp: string, content: CheckedContent, root?: string): string {
  const file = checkedFile(paths, root);
  mkdirSync(join(file, ".."), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, serialize({ format: FORMAT, stamp, content }));
  renameSync(partial, file);
  return file;
}

/** The checked content written for `paths` with this stamp, or undefined. */
export function readChecked(paths: ContentPaths, stamp: string, root?: string): CheckedContent | undefined {
  let stored: { format?: number; stamp?: string; content?: CheckedContent };
  try {
    stored = deserialize(readFileSync(checkedFile(paths, root))) as typeof stored;
  } catch {
    return undefined;
  }
  return stored.format === FORMAT && stored.stamp === stamp && stored.content?.errors.length === 0
    ? stored.content
    : undefined;
}
