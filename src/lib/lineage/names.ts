/** Vietnamese names of document types and issuer levels, for the tree (from the zod-free labels). */
export { DOC_TYPES as DOC_TYPE_NAMES, ISSUER_LEVELS as LEVEL_NAMES } from "../labels.ts";
