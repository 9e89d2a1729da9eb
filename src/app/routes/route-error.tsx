import { useEffect } from 'react';
import { Link, useRouteError } from 'react-router';
import { ErrorPanel } from '../../components/ui/error-panel';
import { errorMessage } from '../../lib/error-message';

/**
 * The error boundary of the shell and of each page: a readable message, a retry and a way
 * home instead of a blank page. Details go to the console (ApiError messages never carry the
 * credential).
 */
export function RouteError() {
  const error = useRouteError();
  useEffect(() => {
    console.error('Org Console: a page failed to render', error);
  }, [error]);
  return (
    <ErrorPanel
      title="This page could not be shown"
      message={errorMessage(error)}
      onRetry={() => window.location.reload()}
    >
      <Link to="/">Go to the console home</Link>
    </ErrorPanel>
  );
}
