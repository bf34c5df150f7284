/**
 * Entry of the task pane bundle. Office.js (loaded from Microsoft's CDN by taskpane.html) must be ready before
 * anything talks to Excel; then the pane renders with the real service over the Excel JavaScript API.
 */
import { createRoot } from 'react-dom/client';
import { createOfficeService } from '../excel/service';
import { App } from './App';

function mount(): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  const root = createRoot(container);
  root.render(<App service={createOfficeService()} />);
}

function showOutsideExcel(): void {
  const container = document.getElementById('root');
  if (container) {
    container.textContent =
      'This page is the Corporate Parenting PMF add-in. Open it from Excel (Home > Corporate Parenting > Panel PMF), or run `npm start` for the development harness.';
  }
}

if (typeof Office === 'undefined') {
  showOutsideExcel();
} else {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) mount();
    else showOutsideExcel();
  });
}
