import { makeStyles, tokens } from '@fluentui/react-components';

export const useSummaryViewStyles = makeStyles({
  measure: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  measureName: { fontWeight: tokens.fontWeightSemibold },
  id: { fontFamily: tokens.fontFamilyMonospace, marginRight: tokens.spacingHorizontalXS },
  note: { display: 'flex', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalXS },
  noteText: { flexGrow: 1, minWidth: 0, paddingTop: tokens.spacingVerticalXXS },
  write: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});
