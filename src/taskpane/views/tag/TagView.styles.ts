import { makeStyles, tokens } from '@fluentui/react-components';

export const useTagViewStyles = makeStyles({
  steps: { margin: 0, paddingLeft: '1.4em', display: 'flex', flexDirection: 'column', rowGap: '2px' },
  selectionTitle: { fontWeight: tokens.fontWeightSemibold },
  rowRange: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(90px, 1fr))',
    columnGap: tokens.spacingHorizontalS,
  },
  tagItem: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    paddingBottom: '2px',
    minWidth: 0,
  },
  group: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    paddingBottom: '2px',
    minWidth: 0,
  },
  note: { color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalXXL },
  repeats: {
    paddingLeft: tokens.spacingHorizontalXXL,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  tick: { flexShrink: 0, marginTop: '2px' },
  tagMain: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', rowGap: '2px' },
  tagLine: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  tagText: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
  detail: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  measureId: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  areaList: { maxHeight: '240px', overflowY: 'auto' },
  areaItem: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  areaName: { minWidth: 0, flexGrow: 1 },
});
