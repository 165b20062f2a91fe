import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../api', async () => (await import('../../test/apiMock')).createApiMock());

import * as api from '../../api';
import { Desk } from '../../state/desk.svelte';
import { articleView } from '../../test/fixtures';
import { primeApi, renderWithDesk, type MockedApi } from '../../test/render';
import ExportDialog from './ExportDialog.svelte';

const mocked = api as unknown as MockedApi;

function openDialog() {
  const desk = new Desk();
  desk.reader.view = articleView();
  return renderWithDesk(ExportDialog, { onclose: vi.fn() }, desk);
}

describe('ExportDialog', () => {
  beforeEach(() => {
    primeApi(mocked);
    mocked.previewExport.mockImplementation(async (format: string) => `preview as ${format}`);
  });

  it('previews the current article and follows format and scope changes', async () => {
    openDialog();
    await waitFor(() => expect(screen.getByTestId('export-preview')).toHaveTextContent('preview as html'));
    expect(mocked.previewExport).toHaveBeenLastCalledWith('html', { article_id: 1 });
    await fireEvent.change(screen.getByTestId('export-format'), { target: { value: 'csv' } });
    await waitFor(() => expect(screen.getByTestId('export-preview')).toHaveTextContent('preview as csv'));
    await fireEvent.change(screen.getByTestId('export-scope'), { target: { value: 'everything' } });
    await waitFor(() => expect(mocked.previewExport).toHaveBeenLastCalledWith('csv', {}));
  });

  it('sends the claims the current filter shows', async () => {
    const { desk } = openDialog();
    desk.reader.filter.statuses.verified = false;
    await fireEvent.change(screen.getByTestId('export-scope'), { target: { value: 'filter' } });
    await waitFor(() =>
      expect(mocked.previewExport).toHaveBeenLastCalledWith('html', { article_id: 1, claim_ids: [1, 3] }),
    );
  });

  it('saves to a typed path without the system dialog and says where', async () => {
    mocked.exportReport.mockResolvedValue({ path: '/tmp/r.md', bytes: 2048 });
    openDialog();
    await fireEvent.change(screen.getByTestId('export-format'), { target: { value: 'md' } });
    await fireEvent.input(screen.getByTestId('export-path'), { target: { value: '/tmp/r.md' } });
    await fireEvent.click(screen.getByTestId('export-save'));
    await waitFor(() => expect(screen.getByTestId('export-done')).toHaveTextContent('Saved 2.0 KB to /tmp/r.md.'));
    expect(mocked.exportReport).toHaveBeenCalledWith('md', { article_id: 1 }, '/tmp/r.md');
    expect(mocked.chooseSavePath).not.toHaveBeenCalled();
  });

  it('asks where to save when no path is typed, and stops if cancelled', async () => {
    mocked.chooseSavePath.mockResolvedValue(null);
    openDialog();
    await fireEvent.click(screen.getByTestId('export-save'));
    await waitFor(() => expect(mocked.chooseSavePath).toHaveBeenCalledWith('claimdesk-report.html', 'html'));
    expect(mocked.exportReport).not.toHaveBeenCalled();
  });

  it('shows export failures and missing previews as sentences', async () => {
    mocked.previewExport.mockRejectedValue({ code: 'internal', message: 'Reports are not available yet' });
    mocked.exportReport.mockRejectedValue({ code: 'io', message: 'Permission denied' });
    openDialog();
    await waitFor(() =>
      expect(screen.getByTestId('export-preview-error')).toHaveTextContent('No preview: Reports are not available yet.'),
    );
    await fireEvent.input(screen.getByTestId('export-path'), { target: { value: '/root/x.html' } });
    await fireEvent.click(screen.getByTestId('export-save'));
    await waitFor(() => expect(screen.getByTestId('export-error')).toHaveTextContent('Could not export: Permission denied.'));
  });
});
