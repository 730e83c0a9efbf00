import { SessionEntity } from '../features/auth/session.entity';
import { ActivityThemeEntity, LearningActivityEntity } from '../features/activities/activity.entity';
import { FacetEntity } from '../features/facets/facet.entity';
import { MunicipalityEntity } from '../features/regions/municipality.entity';
import { RegionEntity } from '../features/regions/region.entity';
import { RecommendationEntity } from '../features/recommendations/recommendation.entity';
import { PeerEnrolmentEntity } from '../features/peer-learning/enrolment.entity';
import { PeerGroupEntity, PeerProposalEntity } from '../features/peer-learning/proposal.entity';
import { PeerTrackEntity, PeerTrackGoalEntity, PeerTrackThemeEntity } from '../features/peer-learning/track.entity';
import { ProgrammeEntity } from '../features/programmes/programme.entity';
import { ScanEntity } from '../features/scans/scan.entity';
import { FacilitatorEntity } from '../features/sessions/facilitator.entity';
import { LearningSessionEntity } from '../features/sessions/session.entity';
import { VenueEntity } from '../features/sessions/venue.entity';
import { ThemeEntity, ThemeFacetEntity } from '../features/themes/theme.entity';
import { UserEntity } from '../features/users/user.entity';

export const entities = [
  RegionEntity,
  MunicipalityEntity,
  UserEntity,
  SessionEntity,
  FacetEntity,
  ThemeEntity,
  ThemeFacetEntity,
  ScanEntity,
  RecommendationEntity,
  ProgrammeEntity,
  LearningActivityEntity,
  ActivityThemeEntity,
  VenueEntity,
  FacilitatorEntity,
  LearningSessionEntity,
  PeerTrackEntity,
  PeerTrackGoalEntity,
  PeerTrackThemeEntity,
  PeerEnrolmentEntity,
  PeerProposalEntity,
  PeerGroupEntity,
];
