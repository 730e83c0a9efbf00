import { SessionEntity } from '../features/auth/session.entity';
import { MunicipalityEntity } from '../features/regions/municipality.entity';
import { RegionEntity } from '../features/regions/region.entity';
import { UserEntity } from '../features/users/user.entity';

export const entities = [RegionEntity, MunicipalityEntity, UserEntity, SessionEntity];
