import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../api', async () => (await import('../../test/apiMock')).createApiMock());

import * as api from '../../api';
import type { Source } from '../../api';
import { renderWithDesk, type MockedApi } from '../../test/render';
import SourceForm from './SourceForm.svelte';

const mocked = api as unknown as MockedApi;

const saved: Source = {
  id: 4,
  uuid: 'source-4',
  claim_id: 1,
  url: 'https://example.org/estimate',
  title: 'Estimate',
  stance: 'refutes',
  excerpt: null,
  accessed_at: '2026-11-25',
  created_at: '2026-11-25T12:00:00Z',
};

async function fill(url: string) {
  await fireEvent.input(screen.getByTestId('source-url'), { target: { value: url } });
  await fireEvent.input(screen.getByTestId('source-title'), { target: { value: 'Estimate' } });
  await fireEvent.change(screen.getByTestId('source-stance'), { target: { value: 'refutes' } });
  await fireEvent.input(screen.getByTestId('source-excerpt'), { target: { value: 'between 20,000 and 30,000' } });
  await fireEvent.input(screen.getByTestId('source-accessed'), { target: { value: '2026-11-24' } });
  await fireEvent.click(screen.getByTestId('source-add'));
}

describe('SourceForm', () => {
  it('shows the backend’s reason next to the form when a link is refused', async () => {
    mocked.addSource.mockRejectedValue({ code: 'invalid_input', message: 'Only http and https links can be added' });
    const onsaved = vi.fn();
    renderWithDesk(SourceForm, { claimId: 1, onsaved, oncancel: vi.fn() });
    await fill('javascript:alert(1)');
    await waitFor(() =>
      expect(screen.getByTestId('source-error')).toHaveTextContent('Only http and https links can be added.'),
    );
    expect(screen.getByTestId('source-error')).not.toHaveTextContent('invalid_input');
    expect(onsaved).not.toHaveBeenCalled();
    expect(screen.getByTestId('source-url')).toHaveValue('javascript:alert(1)');
  });

  it('sends every field to add_source and hands back the saved source', async () => {
    mocked.addSource.mockResolvedValue(saved);
    const onsaved = vi.fn();
    renderWithDesk(SourceForm, { claimId: 1, onsaved, oncancel: vi.fn() });
    await fill(' https://example.org/estimate ');
    await waitFor(() => expect(onsaved).toHaveBeenCalledWith(saved));
    expect(mocked.addSource).toHaveBeenCalledWith({
      claim_id: 1,
      url: 'https://example.org/estimate',
      title: 'Estimate',
      stance: 'refutes',
      excerpt: 'between 20,000 and 30,000',
      accessed_at: '2026-11-24',
    });
  });

  it('edits an existing source through update_source', async () => {
    mocked.updateSource.mockResolvedValue(saved);
    renderWithDesk(SourceForm, { claimId: 1, source: saved, onsaved: vi.fn(), oncancel: vi.fn() });
    expect(screen.getByTestId('source-url')).toHaveValue(saved.url);
    await fireEvent.click(screen.getByTestId('source-add'));
    expect(mocked.updateSource).toHaveBeenCalledWith(expect.objectContaining({ source_id: 4, stance: 'refutes' }));
    expect(mocked.addSource).not.toHaveBeenCalled();
  });

  it('asks for a link before calling the backend', async () => {
    renderWithDesk(SourceForm, { claimId: 1, onsaved: vi.fn(), oncancel: vi.fn() });
    await fireEvent.click(screen.getByTestId('source-add'));
    expect(screen.getByTestId('source-error')).toHaveTextContent('Enter the link to the source.');
    expect(mocked.addSource).not.toHaveBeenCalled();
  });
});
