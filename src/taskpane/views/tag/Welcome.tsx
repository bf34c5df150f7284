import { Button, Link, Text } from '@fluentui/react-components';
import { HELP_PAGE } from '../../help';
import { useViewStyles } from '../shared.styles';
import { useTagViewStyles } from './TagView.styles';

/** What to do first, for an officer opening the pane on a workbook with no tags yet. */
export function Welcome({ onDismiss, onWholeSheet }: { onDismiss: () => void; onWholeSheet: () => void }) {
  const v = useViewStyles();
  const s = useTagViewStyles();
  return (
    <section className={v.card} aria-labelledby="welcome-heading">
      <h2 id="welcome-heading" className={v.subheading}>
        Start here
      </h2>
      <ol className={s.steps}>
        <li>
          <Text>
            In one of your sheets, select a row of figures: its label and its values for each month, quarter
            or year.
          </Text>
        </li>
        <li>
          <Text>Pick the measure it reports (the likely ones come first) and press Tag.</Text>
        </li>
      </ol>
      <Text>
        Or let the add-in propose a measure for every row of a sheet:{' '}
        <Link as="button" inline onClick={onWholeSheet}>
          Tag a whole sheet
        </Link>
        .
      </Text>
      <div className={v.actions} style={{ alignItems: 'center' }}>
        <Link href={HELP_PAGE} target="_blank" rel="noopener noreferrer">
          How the add-in works (help)
        </Link>
        <Button size="small" appearance="subtle" onClick={onDismiss}>
          Got it
        </Button>
      </div>
    </section>
  );
}
