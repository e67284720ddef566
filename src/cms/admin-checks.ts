/**
 * Everything the admin checks before it writes, bundled into /admin/admin-checks.js by
 * `scripts/build-cms.ts`: the build's schemas and MDX check, taken slugs, entries still in use; and
 * the admin's complete Spanish; which files may be uploaded; the repository as it is now (taken slugs,
 * another save since the entry was opened); the results tables' sums and the figures their editors type.
 */
export { validateEntry } from './validate-entry.ts';
export { deleteProblem, duplicateSlugProblem, slugFor } from './content-index.ts';
export { SPANISH } from './locale-es.ts';
export { MEDIA_EXTENSIONS, MEDIA_TYPES, uploadProblem } from '../lib/media.ts';
export { conflictProblem, repositoryFor } from './repository.ts';
export { COLLECTION_FORMATS } from '../lib/schemas.ts';
export { PUBLISH_STATUS_PATH, isPublishing, publishStatusText } from '../lib/publish-status.ts';
export { breakdownMismatchText, breakdownMismatches, columnSums, totalMismatchText, totalMismatches } from '../lib/results.ts';
export { FIGURE_INPUT_ERROR, figureAsText, figureFromText } from '../lib/figure-input.ts';
export { formatNumber } from '../lib/format.ts';
export { dependencyCycle } from '../lib/diagnostic/dependencies.ts';
