import { SessionEntity } from '../features/auth/session.entity';
import { FacetEntity } from '../features/facets/facet.entity';
import { MunicipalityEntity } from '../features/regions/municipality.entity';
import { RegionEntity } from '../features/regions/region.entity';
import { RecommendationEntity } from '../features/recommendations/recommendation.entity';
import { ScanEntity } from '../features/scans/scan.entity';
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
];
