import { makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowRightRegular, ArrowUpRegular } from '@fluentui/react-icons';
import type { Direction } from '../../domain/calc/types';
import { directionWord } from '../format';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXXS },
  improving: { color: tokens.colorPaletteGreenForeground1 },
  worsening: { color: tokens.colorPaletteRedForeground1 },
  stable: { color: tokens.colorNeutralForeground3 },
  none: { color: tokens.colorNeutralForeground3 },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

export interface DirectionIconProps {
  readonly direction: Direction | null;
  /** The signed change: the arrow points the way the value moved; the colour says whether that is good. */
  readonly change: number | null;
  /** Show the word beside the arrow (default true). */
  readonly showText?: boolean;
}

export function DirectionIcon({ direction, change, showText = true }: DirectionIconProps) {
  const styles = useStyles();
  const Icon =
    change === null || change === 0 || direction === 'stable'
      ? ArrowRightRegular
      : change > 0
        ? ArrowUpRegular
        : ArrowDownRegular;
  // The summary sheet's words: 'Improving', 'Worsening', 'Stable'; 'Up', 'Down' where neither is better.
  const word = directionWord(direction, change) || 'No change yet';
  return (
    <span
      className={`${styles.root} ${direction ? styles[direction] : styles.none}`}
      data-direction={direction ?? 'none'}
    >
      <Icon aria-hidden="true" />
      {showText ? <span>{word}</span> : <span className={styles.hidden}>{word}</span>}
    </span>
  );
}
