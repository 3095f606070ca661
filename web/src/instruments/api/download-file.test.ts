import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error';
import { downloadFile } from './download-file';

describe(downloadFile.name, () => {
  const fetchMock = vi.fn<typeof fetch>();
  const link = { href: '', download: '', hidden: false, click: vi.fn(), remove: vi.fn() };
  const append = vi.fn();

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('document', { createElement: () => link, body: { append }, documentElement: { lang: 'de' } });
    vi.stubGlobal('window', { setTimeout: vi.fn() });
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:polyphony/1');
  });

  afterEach(() => {
    fetchMock.mockReset();
    link.click.mockReset();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('fetches with the session cookie and saves the file under the name the server suggests', async () => {
    fetchMock.mockResolvedValue(
      new Response('path,question,nl,de,it,en\n', {
        status: 200,
        headers: { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="patient-v1-translations.csv"' },
      }),
    );
    await downloadFile('/api/instrument-versions/v1/translations?format=csv', 'fallback.csv');
    const [path, init] = fetchMock.mock.calls[0] ?? [];
    expect(path).toBe('/api/instrument-versions/v1/translations?format=csv');
    expect(init?.credentials).toBe('same-origin');
    expect(link).toMatchObject({ href: 'blob:polyphony/1', download: 'patient-v1-translations.csv' });
    expect(link.click).toHaveBeenCalledOnce();
  });

  it('falls back to the given name when the server suggests none', async () => {
    fetchMock.mockResolvedValue(new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }));
    await downloadFile('/api/instrument-versions/v1/export', 'patient-v1.json');
    expect(link.download).toBe('patient-v1.json');
  });

  it('turns the error envelope into an ApiError with the server’s message and saves nothing', async () => {
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'Nicht gefunden.' } }), {
        status: 404,
        headers: { 'content-type': 'application/json' },
      }),
    );
    const error = await downloadFile('/api/instrument-versions/x/export', 'x.json').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'Nicht gefunden.', status: 404 });
    expect(link.click).not.toHaveBeenCalled();
  });
});
