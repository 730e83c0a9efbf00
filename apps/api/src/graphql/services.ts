import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { AuthService } from '../features/auth/auth.service';
import { SessionService } from '../features/auth/session.service';
import { FacetService } from '../features/facets/facet.service';
import { PictureService } from '../features/picture/picture.service';
import { RecommendationImportService } from '../features/recommendation-import/recommendation-import.service';
import { RecommendationService } from '../features/recommendations/recommendation.service';
import { RegionService } from '../features/regions/region.service';
import { ScanService } from '../features/scans/scan.service';
import { ThemeService } from '../features/themes/theme.service';
import { UserService } from '../features/users/user.service';

/** The application's services, built once per process around the application pool. */
export function createServices(db: DataSource, config: Pick<Config, 'sessionIdleMinutes' | 'sessionAbsoluteHours'>) {
  const sessions = new SessionService(db, {
    idleMinutes: config.sessionIdleMinutes,
    absoluteHours: config.sessionAbsoluteHours,
  });
  const scans = new ScanService(db);
  const recommendations = new RecommendationService(db, scans);
  return {
    /** The application pool, for per-request loaders. */
    db,
    sessions,
    scans,
    recommendations,
    recommendationImport: new RecommendationImportService(db, scans, recommendations),
    auth: new AuthService(db, sessions),
    users: new UserService(db),
    regions: new RegionService(db),
    facets: new FacetService(db),
    themes: new ThemeService(db),
    picture: new PictureService(db),
  };
}

export type Services = ReturnType<typeof createServices>;
