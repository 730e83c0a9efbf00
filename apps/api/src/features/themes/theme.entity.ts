import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A regional common thread (rode draad). The theme itself is regional; its links to recommendations are not. */
@Entity('themes')
export class ThemeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  /** Unique per region, case-insensitive (index themes_region_title_key). */
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'year_identified', type: 'integer' })
  yearIdentified: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Optimistic concurrency: raised by one on every edit; an edit based on an older version is refused. */
  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Which facets a theme relates to. A plain join row, no relation objects: loaded per request by DataLoader. */
@Entity('theme_facets')
export class ThemeFacetEntity {
  @PrimaryColumn({ name: 'theme_id', type: 'uuid' })
  themeId: string;

  @PrimaryColumn({ name: 'facet_id', type: 'uuid' })
  facetId: string;
}
