import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { getPlans } from "../data/load.ts";
import { newestFirst } from "../lib/model.ts";
import { docTypeLabel, formatIssued, sortDate } from "../lib/format.ts";
import { SITE_NAME, SITE_TAGLINE } from "../lib/site.ts";

/** `/rss.xml`: the newest summarised documents first. */
export async function GET(context: APIContext) {
  const plans = newestFirst(await getPlans());
  return rss({
    title: SITE_NAME,
    description: SITE_TAGLINE,
    // The build always has SITE_URL (astro.config.mjs); `astro dev` serves the feed at its own address.
    site: context.site ?? context.url.origin,
    customData: "<language>vi</language>",
    items: plans.map(({ slug, plan }) => {
      const when = sortDate(plan.issued);
      return {
        title: plan.shortTitle,
        link: `/ke-hoach/${slug}/`,
        pubDate: when ? new Date(`${when.date}T00:00:00Z`) : undefined,
        description: `${docTypeLabel(plan.docType)} ${plan.number ?? "không số"} của ${plan.issuer}, ${formatIssued(plan.issued)}. ${plan.title}`,
      };
    }),
  });
}
