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
});

// Mantine's default "dimmed" grey is below 4.5:1 on white; civil-service accessibility rules need AA.
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7] },
  dark: {},
});
