import type { PmfService, WorkbookState } from '../../excel/operations-types';
import type { WorkbookHandle } from '../useWorkbook';

/** What every view's hook is given by App: the service seam, the loaded state and the shared workbook handle. */
export interface ViewDeps {
  readonly service: PmfService;
  readonly state: WorkbookState;
  readonly workbook: WorkbookHandle;
}
