/**
 * The frozen fixture corpus (tests/fixtures/corpus/, see its README): tests of behaviour read it
 * instead of content/plans, so adding or recoding a plan never breaks them.
 */
import { contentPaths, loadCorpus, type LoadedCorpus } from "../src/data/corpus.ts";
import { corpusReuse } from "../src/lib/reuse/corpus.ts";

export const FIXTURE_PLANS = "tests/fixtures/corpus/plans";
export const FIXTURE_DATA = "tests/fixtures/corpus/data";

/** Paths of the fixture corpus, as `contentPaths` gives them. */
export const FIXTURE_PATHS = contentPaths({ plans: FIXTURE_PLANS, data: FIXTURE_DATA });

/** Environment that points a script or `astro build` at the fixture corpus. */
export const FIXTURE_ENV = { PLANS_DIR: FIXTURE_PLANS, DATA_DIR: FIXTURE_DATA };

let cached: LoadedCorpus | undefined;

/** The fixture corpus, read and checked once per test file. */
export function fixtureCorpus(): LoadedCorpus {
  cached ??= loadCorpus(FIXTURE_PATHS);
  return cached;
}

/**
 * The published plans, measures and provinces of the fixture corpus, and the shared passages of their
 * source texts, as the data build reads them.
 */
export function fixtureContent() {
  const { plans, measures, provinces, input } = fixtureCorpus();
  const published = plans.filter((p) => !p.plan.draft);
  return { plans: published, measures, provinces, reuse: corpusReuse(published, input.sources) };
}

/** Where `npm run build:fixture` (and `npm test`) builds the site of the fixture corpus. */
export const FIXTURE_SITE = "tmp/site-fixture";

/** The fixture corpus with a coded parent (tests/fixtures/corpus-parent/, see its README). */
export const PARENT_FIXTURE_PATHS = contentPaths({
  plans: "tests/fixtures/corpus-parent/plans",
  data: "tests/fixtures/corpus-parent/data",
});

let cachedParent: LoadedCorpus | undefined;

/** The fixture corpus with a coded stand-in for Công văn 9244/VP-VX, read and checked once per test file. */
export function parentFixtureCorpus(): LoadedCorpus {
  cachedParent ??= loadCorpus(PARENT_FIXTURE_PATHS);
  return cachedParent;
}
