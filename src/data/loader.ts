/**
 * Astro's content loaders for the plans, the codebook and the localities. They read and check the
 * content with the same `loadCorpus` as `npm run check` and the data build, so `astro build` and
 * `astro dev` refuse exactly what the check refuses (a level above 0 without a quote, a quote not in
 * its source, a cycle…), with the same Vietnamese messages. The corpus is read and checked once per
 * change of the files, however many collections ask for it.
 */
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Loader, LoaderContext } from "astro/loaders";
import { formatIssue } from "../lib/check/issue.ts";
import { contentPaths, loadCorpus, type LoadedCorpus } from "./corpus.ts";

/** Sizes and times of every file the corpus is read from: it changes when any of them does. */
function stamp(dirs: readonly string[]): string {
  const parts: string[] = [];
  for (const dir of dirs)
    for (const name of readdirSync(dir).sort()) {
      const s = statSync(join(dir, name));
      parts.push(`${dir}/${name}:${s.size}:${s.mtimeMs}`);
    }
  return parts.join("|");
}

let cached: { stamp: string; corpus: LoadedCorpus } | undefined;

/** The checked corpus; throws, with every error an editor must fix, when there is one. */
export function checkedCorpus(): LoadedCorpus {
  const paths = contentPaths();
  const dataDir = resolve(paths.codebook, "..");
  const now = stamp([paths.plansDir, paths.sourcesDir, dataDir]);
  if (cached?.stamp !== now) cached = { stamp: now, corpus: loadCorpus(paths) };
  const { corpus } = cached;
  if (corpus.errors.length > 0)
    throw new Error(
      `Nội dung có ${corpus.errors.length} lỗi nên không dựng trang (npm run check cho cùng kết quả):\n\n` +
        corpus.errors.map(formatIssue).join("\n\n"),
    );
  return corpus;
}

/** Reloads a collection in `astro dev` when a content or data file changes. */
function watch(context: LoaderContext, reload: () => Promise<void>) {
  const paths = contentPaths();
  const roots = [resolve(paths.plansDir), resolve(paths.codebook, "..")];
  context.watcher?.add(roots);
  context.watcher?.on("all", (_event, path) => {
    if (roots.some((r) => resolve(path).startsWith(r))) void reload();
  });
}

/**
 * The plans: one entry per file, its validated frontmatter as data, its summary rendered by Astro.
 * Drafts are stored too; `getPlans()` (src/data/load.ts) decides whether pages show them.
 */
export function plansLoader(): Loader {
  return {
    name: "dan-so-plans",
    load: async (context) => {
      const load = async () => {
        const { plans } = checkedCorpus();
        const { store, generateDigest, renderMarkdown } = context;
        const keep = new Set<string>();
        for (const entry of plans) {
          keep.add(entry.slug);
          const digest = generateDigest({ plan: entry.plan, body: entry.body });
          const old = store.get(entry.slug);
          if (old?.digest === digest && old.rendered) continue;
          store.set({
            id: entry.slug,
            data: entry.plan,
            body: entry.body,
            filePath: entry.file,
            digest,
            rendered: await renderMarkdown(entry.body),
          });
        }
        for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
      };
      await load();
      watch(context, load);
    },
  };
}

/** The codebook's measures or national documents, or the provincial units (with their file order), checked. */
export function dataLoader(what: "measures" | "provinces" | "documents"): Loader {
  return {
    name: `dan-so-${what}`,
    load: async (context) => {
      const load = async () => {
        const corpus = checkedCorpus();
        const items: { id: string }[] =
          what === "provinces" ? corpus.provinces.map((p) => ({ id: p.slug, ...p })) : corpus[what];
        context.store.clear();
        items.forEach((item, order) => context.store.set({ id: item.id, data: { ...item, order } }));
      };
      await load();
      watch(context, load);
    },
  };
}
