import { Badge, makeStyles } from '@fluentui/react-components';
import type { Rag } from '../../domain/calc/types';

const useStyles = makeStyles({ badge: { flexShrink: 0, whiteSpace: 'nowrap' } });

const LABEL: Record<Rag, string> = { green: 'Green', amber: 'Amber', red: 'Red' };
const COLOR = { green: 'success', amber: 'warning', red: 'danger' } as const;

/** RAG rating as a badge whose text says the rating, so colour is never the only cue. */
export function RagBadge({ rag }: { readonly rag: Rag | null }) {
  const styles = useStyles();
  if (rag === null) {
    return (
      <Badge
        className={styles.badge}
        appearance="outline"
        color="informative"
        aria-label="RAG rating: no target"
      >
        No RAG
      </Badge>
    );
  }
  return (
    <Badge
      className={styles.badge}
      appearance="filled"
      color={COLOR[rag]}
      aria-label={`RAG rating: ${LABEL[rag]}`}
    >
      {LABEL[rag]}
    </Badge>
  );
}
