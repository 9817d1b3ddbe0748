/**
 * Astro's content loaders for the plans, the codebook and the localities. They read and check the
 * content with the same `loadCorpus` as `npm run check` and the data build, so `astro build` and
 * `astro dev` refuse exactly what the check refuses (a level above 0 without a quote, a quote not in
 * its source, a cycle…), with the same Vietnamese messages. The corpus is read and checked once per
 * change of the files, however many collections ask for it, and not at all when the data build of the
 * same `npm run build` has just checked the same files.
 */
import { isAbsolute, relative, resolve } from "node:path";
import type { Loader, LoaderContext } from "astro/loaders";
import { formatIssue } from "../lib/check/issue.ts";
import { contentPaths, loadCorpus } from "./corpus.ts";
import { checkedContent, contentStamp, readChecked, type CheckedContent } from "./checked-cache.ts";

/**
 * One cache for the whole `astro build` process: the content layer and the prerendered pages are
 * separate bundles of this module, so a module variable alone would check the corpus twice.
 */
const CACHE = Symbol.for("dan-so-dia-phuong.checked-corpus");
type Cache = { stamp: string; corpus: CheckedContent };
const store = globalThis as { [CACHE]?: Cache };

/**
 * The checked corpus; throws, with every error an editor must fix, when there is one. Taken from the
 * data build's result when the content has not changed since (src/data/checked-cache.ts), so one
 * `npm run build` checks once; checked here otherwise (`astro dev`, or files edited in between).
 */
export function checkedCorpus(): CheckedContent {
  const paths = contentPaths();
  // In a build the files do not change: stamp them once (at 100,000 plans a stamp is 200,000 stats),
  // not on every page that reads the indicators.
  const now = import.meta.env.DEV || !store[CACHE] ? contentStamp(paths) : store[CACHE].stamp;
  if (store[CACHE]?.stamp !== now)
    store[CACHE] = {
      stamp: now,
      corpus: (!import.meta.env.DEV && readChecked(paths, now)) || checkedContent(loadCorpus(paths)),
    };
  const { corpus } = store[CACHE];
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
            // Astro wants it relative to the project (a benchmark's corpus may be given by absolute path).
            filePath: isAbsolute(entry.file) ? relative(process.cwd(), entry.file) : entry.file,
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
