import { MessageBar, MessageBarBody } from '@fluentui/react-components';

/** What a finished action did ('Tagged 12 rows', 'Summary written'), announced politely; nothing when none. */
export function NoticeBar({ message }: { readonly message: string | null | undefined }) {
  if (!message) return null;
  return (
    <MessageBar intent="success" role="status">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}
