import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../api', async () => (await import('../../test/apiMock')).createApiMock());

import * as api from '../../api';
import type { ImportProgress } from '../../api';
import { primeApi, renderWithDesk, type MockedApi } from '../../test/render';
import EmptyState from './EmptyState.svelte';
import ImportDialog from './ImportDialog.svelte';

const mocked = api as unknown as MockedApi;

describe('importing articles', () => {
  beforeEach(() => primeApi(mocked));

  it('imports a typed path', async () => {
    mocked.importFiles.mockResolvedValue([
      { path: '/a/typed.txt', outcome: { article_id: 3, title: 'Typed', claims: 1, already_imported: false }, error: null },
    ]);
    renderWithDesk(ImportDialog, { onclose: vi.fn() });
    await fireEvent.input(screen.getByTestId('import-path'), { target: { value: '  /a/typed.txt ' } });
    await fireEvent.click(screen.getByTestId('import-path-go'));
    expect(mocked.importFiles).toHaveBeenCalledWith(['/a/typed.txt']);
    await waitFor(() => expect(screen.getByTestId('import-result')).toHaveTextContent('Imported “Typed” · 1 claims'));
  });

  it('imports several chosen files and reports each: new, already imported, or failed', async () => {
    mocked.chooseArticleFiles.mockResolvedValue(['/a/new.txt', '/a/old.md', '/a/bin.png']);
    let report: (p: ImportProgress) => void = () => {};
    mocked.onImportProgress.mockImplementation(async (handler: (p: ImportProgress) => void) => {
      report = handler;
      return () => {};
    });
    mocked.importFiles.mockImplementation(async (paths: string[]) => {
      report({ done: 1, total: paths.length, current: paths[0] });
      return [
        { path: '/a/new.txt', outcome: { article_id: 3, title: 'New one', claims: 4, already_imported: false }, error: null },
        { path: '/a/old.md', outcome: { article_id: 1, title: 'Old one', claims: 2, already_imported: true }, error: null },
        { path: '/a/bin.png', outcome: null, error: { code: 'invalid_input', message: 'This file is not text' } },
      ];
    });
    const { desk } = renderWithDesk(ImportDialog, { onclose: vi.fn() });
    await fireEvent.click(screen.getByTestId('import-choose'));
    await waitFor(() => expect(mocked.importFiles).toHaveBeenCalled());
    expect(mocked.importFiles).toHaveBeenCalledWith(['/a/new.txt', '/a/old.md', '/a/bin.png']);
    await waitFor(() => expect(screen.getAllByTestId('import-result')).toHaveLength(3));
    const [fresh, again, failed] = screen.getAllByTestId('import-result');
    expect(fresh).toHaveTextContent('Imported “New one” · 4 claims');
    expect(again).toHaveTextContent('Already imported as “Old one”');
    expect(failed).toHaveTextContent('This file is not text.');
    expect(failed).not.toHaveTextContent('invalid_input');
    await waitFor(() => expect(mocked.getArticle).toHaveBeenCalledWith(3));
    expect(desk.articles.length).toBe(1);
    expect(screen.getByTestId('import-progress')).toHaveTextContent('3 of 3');
  });

  it('cancels a running import and says how many files were left out', async () => {
    mocked.chooseArticleFiles.mockResolvedValue(['/a/one.txt', '/a/two.txt', '/a/three.txt']);
    let finish: (results: unknown[]) => void = () => {};
    mocked.importFiles.mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    renderWithDesk(ImportDialog, { onclose: vi.fn() });
    await fireEvent.click(screen.getByTestId('import-choose'));
    await waitFor(() => expect(mocked.importFiles).toHaveBeenCalled());
    await fireEvent.click(screen.getByTestId('import-cancel'));
    expect(mocked.cancelImport).toHaveBeenCalledTimes(1);
    finish([{ path: '/a/one.txt', outcome: { article_id: 3, title: 'One', claims: 1, already_imported: false }, error: null }]);
    await waitFor(() => expect(screen.getByText(/Import cancelled: 2 of 3 files were not imported/)).toBeInTheDocument());
    await waitFor(() => expect(screen.queryByTestId('import-cancel')).toBeNull());
  });

  it('imports the files chosen in the system dialog', async () => {
    mocked.chooseArticleFiles.mockResolvedValue(['/x/one.html', '/x/two.txt']);
    mocked.importFiles.mockResolvedValue([]);
    renderWithDesk(ImportDialog, { onclose: vi.fn() });
    await fireEvent.click(screen.getByTestId('import-choose'));
    await waitFor(() => expect(mocked.importFiles).toHaveBeenCalledWith(['/x/one.html', '/x/two.txt']));
  });

  it('does nothing when the file dialog is cancelled', async () => {
    mocked.chooseArticleFiles.mockResolvedValue([]);
    renderWithDesk(ImportDialog, { onclose: vi.fn() });
    await fireEvent.click(screen.getByTestId('import-choose'));
    await Promise.resolve();
    expect(mocked.importFiles).not.toHaveBeenCalled();
  });

  it('opens the sample article from the empty state', async () => {
    mocked.importSample.mockResolvedValue({ article_id: 1, title: 'Sample', claims: 3, already_imported: false });
    const { desk } = renderWithDesk(EmptyState, {});
    await fireEvent.click(screen.getByTestId('import-sample'));
    await waitFor(() => expect(desk.view?.article.id).toBe(1));
    expect(desk.currentClaimId).toBe(1);
  });

  it('says in words when the sample cannot be opened', async () => {
    mocked.importSample.mockRejectedValue({ code: 'internal', message: '' });
    renderWithDesk(EmptyState, {});
    await fireEvent.click(screen.getByTestId('import-sample'));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Could not open the sample article: Something went wrong'));
  });
});
