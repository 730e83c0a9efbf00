import DataLoader from 'dataloader';
import type { Facet } from '../facets/facet.types';
import type { ThemeService } from './theme.service';

/** Per-request loader for a theme's related facets: one query for a whole list of themes. */
export function createThemeLoaders(service: ThemeService) {
  return {
    themeFacets: new DataLoader<string, Facet[]>(async (themeIds) => {
      const byTheme = await service.facetsOfThemes(themeIds);
      return themeIds.map((id) => byTheme.get(id) ?? []);
    }),
  };
}
