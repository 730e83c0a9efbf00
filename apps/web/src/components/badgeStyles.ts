/**
 * Every badge colour the app uses, by meaning. Mantine's own shades fail in badges: its "light"
 * variant with a shade (`gray.8`) paints the text in the same hue as the background (1.34:1), and
 * green.9 or orange.9 under white text stay below 4.5:1. These darker shades keep the small bold
 * badge text above 4.5:1 in every variant on white, the page grey and a hovered table row
 * (badgeStyles.test.ts renders each one and checks).
 */
export const BADGE_TONES = {
  neutral: '#3b4148',
  info: '#174a8c',
  success: '#1e6630',
  warning: '#9a3412',
  danger: '#a61e1e',
  waiting: '#6b2282',
  progress: '#3b3f99',
  brand: '#8c1826',
} as const;

export type BadgeTone = keyof typeof BADGE_TONES;

/** The variants badges may use; "default" is Mantine's white badge with black text and a grey border. */
export const BADGE_VARIANTS = ['outline', 'light', 'filled', 'default'] as const;

export type BadgeVariant = (typeof BADGE_VARIANTS)[number];

export function badgeStyle(tone: BadgeTone, variant: BadgeVariant): { color: string; variant: BadgeVariant } {
  return { color: BADGE_TONES[tone], variant };
}
