import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { AuthService } from '../features/auth/auth.service';
import { SessionService } from '../features/auth/session.service';
import { RegionService } from '../features/regions/region.service';
import { UserService } from '../features/users/user.service';

/** The application's services, built once per process around the application pool. */
export function createServices(db: DataSource, config: Pick<Config, 'sessionIdleMinutes' | 'sessionAbsoluteHours'>) {
  const sessions = new SessionService(db, {
    idleMinutes: config.sessionIdleMinutes,
    absoluteHours: config.sessionAbsoluteHours,
  });
  return {
    sessions,
    auth: new AuthService(db, sessions),
    users: new UserService(db),
    regions: new RegionService(db),
  };
}

export type Services = ReturnType<typeof createServices>;
