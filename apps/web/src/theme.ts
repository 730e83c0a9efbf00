import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// A deep "red thread" red; shade 7 keeps white text above WCAG AA contrast.
const brand: MantineColorsTuple = [
  '#fdecee',
  '#f7d4d8',
  '#eda6ae',
  '#e37682',
  '#da4e5e',
  '#c9283a',
  '#b3202f',
  '#a51d2d',
  '#8c1826',
  '#72121e',
];

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: 7,
  colors: { brand },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  // Users who ask their system for less motion get no transitions.
  respectReducedMotion: true,
});

// Mantine's default dimmed grey and error red are below 4.5:1 on white; public-sector sites must meet WCAG AA.
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7], '--mantine-color-error': t.colors.red[9] },
  dark: {},
});
