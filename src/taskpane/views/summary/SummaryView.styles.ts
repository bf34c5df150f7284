import { makeStyles, tokens } from '@fluentui/react-components';

export const useSummaryViewStyles = makeStyles({
  measure: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  measureName: { fontWeight: tokens.fontWeightSemibold, flexGrow: 1, minWidth: 0 },
  measureHead: { display: 'flex', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalXS },
  figureLine: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  saveBar: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
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
