import { Badge, createPolymorphicComponent, type BadgeProps } from '@mantine/core';
import { forwardRef } from 'react';
import { badgeStyle, type BadgeTone, type BadgeVariant } from './badgeStyles';

export interface AppBadgeProps extends Omit<BadgeProps, 'color' | 'variant'> {
  /** What the badge says about its subject; the colour follows from it. */
  tone?: BadgeTone;
  variant?: BadgeVariant;
}

/**
 * The app's only badge: colours come from `badgeStyles`, whose contrast a unit test checks, so a
 * badge cannot pick an unreadable Mantine shade (a test fails on any other import of Mantine's Badge).
 */
export const AppBadge = createPolymorphicComponent<'div', AppBadgeProps>(
  forwardRef<HTMLDivElement, AppBadgeProps>(function AppBadge(
    { tone = 'neutral', variant = 'outline', ...others },
    ref,
  ) {
    return <Badge ref={ref} {...others} {...badgeStyle(tone, variant)} />;
  }),
);
