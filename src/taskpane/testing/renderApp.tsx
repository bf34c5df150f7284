import { render, screen, within } from '@testing-library/react';
import './setupDom';
import { App, type TabKey } from '../App';
import { FakePmfService } from './fakeService';

/** Renders the pane on a fake service and waits for the first read of the workbook. Returns the open panel. */
export async function renderApp(service: FakePmfService = new FakePmfService(), tab: TabKey = 'tag') {
  const utils = render(<App service={service} initialTab={tab} />);
  await screen.findByRole('tabpanel', { hidden: false });
  const panel = () => within(screen.getByRole('tabpanel', { hidden: false }));
  return { ...utils, service, panel };
}
