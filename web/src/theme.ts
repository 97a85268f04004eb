import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A calm green-teal: trustworthy, not loud.
const pine: MantineColorsTuple = [
  '#e8f6f2',
  '#d5ebe4',
  '#a8d6c7',
  '#78c0a9',
  '#52ad90',
  '#3aa080',
  '#2c9977',
  '#1f8565',
  '#137659',
  '#00664b',
];

export const theme = createTheme({
  primaryColor: 'pine',
  primaryShade: { light: 7, dark: 5 },
  colors: { pine },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Liberation Sans", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    TextInput: { defaultProps: { radius: 'md' } },
    Paper: { defaultProps: { radius: 'md' } },
    Modal: {
      // The close button is an icon: give it a name screen readers can say.
      defaultProps: { closeButtonProps: { 'aria-label': 'Close' } },
      styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } },
    },
    // Fieldset legends label groups of inputs: make them look like the inputs' own labels.
    Fieldset: {
      styles: {
        legend: { fontWeight: 'var(--mantine-font-weight-medium)', fontSize: 'var(--mantine-font-size-sm)' },
      },
    },
  },
});
