import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';

export interface ErrorBarProps {
  readonly message: string | null;
  readonly title?: string;
  readonly onRetry?: () => void;
  readonly onDismiss?: () => void;
}

/** An error from a service call, said plainly, with optional Retry and Dismiss. Renders nothing without a message. */
export function ErrorBar({ message, title = 'Could not finish', onRetry, onDismiss }: ErrorBarProps) {
  if (!message) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
      {onRetry || onDismiss ? (
        <MessageBarActions>
          {onRetry ? (
            <Button size="small" onClick={onRetry}>
              Try again
            </Button>
          ) : null}
          {onDismiss ? (
            <Button size="small" appearance="transparent" onClick={onDismiss} aria-label="Dismiss error">
              Dismiss
            </Button>
          ) : null}
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
