import type { Viewer } from './access/viewer';
import { createActivityLoaders } from './features/activities/activity.loaders';
import { createEvaluationLoaders } from './features/evaluations/evaluation.loaders';
import { createFacetLoaders } from './features/facets/facet.loaders';
import { createTimelineLoaders } from './features/follow-up/timeline.loaders';
import { createLearningLinkLoaders } from './features/learning-links/learning-link.loaders';
import { createProgrammeLoaders } from './features/programmes/programme.loaders';
import { createRecommendationLoaders } from './features/recommendations/recommendation.loaders';
import { createRegionLoaders } from './features/regions/region.loaders';
import { createRegionalAdviceLoaders } from './features/regional-advice/regional-advice.loaders';
import { createRegistrationLoaders } from './features/registrations/registration.loaders';
import { createRoleGrantLoaders } from './features/role-grants/role-grant.loaders';
import { createScanLoaders } from './features/scans/scan.loaders';
import { createConsentLoaders } from './features/consent/consent.loaders';
import { createSessionLoaders } from './features/sessions/session.loaders';
import { createThemeLoaders } from './features/themes/theme.loaders';
import type { Services } from './services';

/** Every relation a list can resolve, batched per request. Built fresh for each request. */
export function createLoaders(services: Services, viewer: Viewer | null) {
  return {
    ...createRegionLoaders(services.regions),
    ...createFacetLoaders(services.facets),
    ...createThemeLoaders(services.themes),
    ...createRecommendationLoaders(services.db, viewer),
    ...createTimelineLoaders(services.db, viewer),
    ...createLearningLinkLoaders(services.db, viewer),
    ...createScanLoaders(services.db, viewer),
    ...createConsentLoaders(services.db, viewer),
    ...createProgrammeLoaders(services.programmes, viewer?.regionId ?? null),
    ...createActivityLoaders(services.activities, viewer?.regionId ?? null),
    ...createSessionLoaders(services.learningSessions, services.venues, viewer?.regionId ?? null),
    ...createRegistrationLoaders(services.registrations, viewer),
    ...createRoleGrantLoaders(services.roleGrants),
    ...createRegionalAdviceLoaders(services.regionalAdvice, viewer),
    ...createEvaluationLoaders(services.questionSets),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
