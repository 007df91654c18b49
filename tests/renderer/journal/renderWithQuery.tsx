// Renders a component inside the app's query client, starting from an empty cache and workbench.
import type { ReactElement } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { queryClient } from '../../../src-renderer/src/api/query';
import { resetWorkbench } from '../../../src-renderer/src/workbench/store';

export function renderWithQuery(ui: ReactElement) {
  return render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>);
}

export function freshState(): void {
  queryClient.clear();
  resetWorkbench();
}
