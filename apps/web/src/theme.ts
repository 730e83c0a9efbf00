import {
  Autocomplete,
  createTheme,
  MultiSelect,
  Select,
  TagsInput,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

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

// A long option list scrolls; a scrollable region must be reachable by keyboard (axe:
// scrollable-region-focusable). Choosing still happens with the arrow keys from the input.
const FOCUSABLE_OPTION_LIST = { viewportProps: { tabIndex: 0 } };

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: 7,
  colors: { brand },
  defaultRadius: 'md',
  cursorType: 'pointer',
  // Keyboard focus only; the ring itself (2 px, blue so it never reads as an error) is in focus.css.
  focusRing: 'auto',
  // Users who ask their system for less motion get no transitions.
  respectReducedMotion: true,
  components: {
    Select: Select.extend({ defaultProps: { scrollAreaProps: FOCUSABLE_OPTION_LIST } }),
    MultiSelect: MultiSelect.extend({ defaultProps: { scrollAreaProps: FOCUSABLE_OPTION_LIST } }),
    Autocomplete: Autocomplete.extend({ defaultProps: { scrollAreaProps: FOCUSABLE_OPTION_LIST } }),
    TagsInput: TagsInput.extend({ defaultProps: { scrollAreaProps: FOCUSABLE_OPTION_LIST } }),
  },
});

// Mantine's default dimmed grey, placeholder grey (2.07:1) and error red are below 4.5:1 on white;
// public-sector sites must meet WCAG AA (badgeStyles.test.ts checks these on every surface).
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-placeholder': t.colors.gray[7],
    '--mantine-color-error': t.colors.red[9],
  },
  dark: {},
});
