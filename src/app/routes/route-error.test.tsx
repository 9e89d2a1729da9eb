import { screen } from '@testing-library/react';
import { Outlet } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error';
import { renderRoutes } from '../../test/render-route';
import { RouteError } from './route-error';

function Broken({ error }: { error: unknown }): never {
  throw error;
}

function renderFailingPage(error: unknown) {
  const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  renderRoutes(
    [
      {
        path: '/',
        element: (
          <div>
            <p>The shell</p>
            <Outlet />
          </div>
        ),
        children: [
          { path: 'page', element: <Broken error={error} />, errorElement: <RouteError /> },
        ],
      },
    ],
    { path: '/page' },
  );
  return log;
}

describe('RouteError', () => {
  it('shows a readable message, a retry and a way home in place of a page that failed, keeping the shell', async () => {
    const log = renderFailingPage(
      new TypeError("Cannot read properties of undefined (reading 'x')"),
    );
    expect(
      await screen.findByRole('heading', { name: 'This page could not be shown' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Something went wrong. Try again.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the console home' })).toHaveAttribute(
      'href',
      '/',
    );
    expect(screen.getByText('The shell')).toBeInTheDocument();
    // The details go to the console for whoever debugs it.
    expect(log).toHaveBeenCalledWith('Org Console: a page failed to render', expect.any(TypeError));
  });

  it("shows an API error's own message", async () => {
    renderFailingPage(
      new ApiError({
        kind: 'invalid-response',
        message: 'The server sent a response the console could not read. Try again later.',
      }),
    );
    expect(
      await screen.findByText(
        'The server sent a response the console could not read. Try again later.',
      ),
    ).toBeInTheDocument();
  });
});
