import { makeStyles, tokens } from '@fluentui/react-components';

export const useCheckViewStyles = makeStyles({
  runRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXS,
  },
  group: { display: 'flex', flexDirection: 'column', rowGap: '2px', marginBottom: tokens.spacingVerticalS },
  groupTitle: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  finding: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: '2px' },
  where: { color: tokens.colorBrandForegroundLink, fontSize: tokens.fontSizeBase200 },
  plain: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
  error: { borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`, paddingLeft: tokens.spacingHorizontalS },
  warning: {
    borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorder2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  info: { borderLeft: `3px solid ${tokens.colorNeutralStroke1}`, paddingLeft: tokens.spacingHorizontalS },
});
