import {
  createTheme,
  type AutocompleteFactory,
  type CSSVariablesResolver,
  type ExtendComponent,
  type MantineColorsTuple,
  type MultiSelectFactory,
  type SelectFactory,
  type TagsInputFactory,
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

// A long option list scrolls, and a scrollable region must be reachable by keyboard (axe:
// scrollable-region-focusable) unless it is the combobox's own listbox, which the arrow keys move
// through from the input. Mantine's scroll area scrolls a plain <div> inside the listbox instead,
// and making that <div> focusable breaks the listbox's required children: the listbox scrolls itself.
// Typed as each component's theme entry, not written as `Select.extend(…)` (which only returns its
// argument): importing the components here would load all four with the login page.
const LISTBOX_SCROLLS = {
  defaultProps: { withScrollArea: false },
  styles: { options: { maxHeight: 220, overflowY: 'auto' as const } },
} satisfies ExtendComponent<SelectFactory> &
  ExtendComponent<MultiSelectFactory> &
  ExtendComponent<AutocompleteFactory> &
  ExtendComponent<TagsInputFactory>;

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
    Select: LISTBOX_SCROLLS,
    MultiSelect: LISTBOX_SCROLLS,
    Autocomplete: LISTBOX_SCROLLS,
    TagsInput: LISTBOX_SCROLLS,
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
