import { makeStyles, tokens } from '@fluentui/react-components';

export const useAppStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
    maxWidth: '100%',
    minWidth: 0,
    // 'clip', not 'hidden': no sideways scrolling, and no scroll box either, so the notices can stick to the
    // top of the pane as it scrolls.
    overflowX: 'clip',
  },
  header: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  title: {
    flexGrow: 1,
    minWidth: 0,
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  help: { flexShrink: 0, fontSize: tokens.fontSizeBase200 },
  workbook: { display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  // One line, however narrow: tabs that do not fit go to the '…' menu (ViewTabs).
  tabs: {
    flexWrap: 'nowrap',
    minWidth: 0,
    overflow: 'hidden',
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`,
  },
  tab: {
    flexShrink: 0,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
  panel: { minWidth: 0 },
});
