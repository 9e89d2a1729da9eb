import { useId, useState } from 'react';
import { signInWithProvider, takeSignInFailure } from './oidc-session';

/** OIDC mode's sign-in: one button that goes to the organization's identity provider. */
export function ProviderSignIn({ returnTo }: { returnTo: string }) {
  const [error, setError] = useState(takeSignInFailure);
  const [pending, setPending] = useState(false);
  const errorId = useId();

  async function signIn() {
    setPending(true);
    setError(null);
    try {
      await signInWithProvider(returnTo);
    } catch {
      setError('Could not reach the sign-in service. Try again in a moment.');
      setPending(false);
    }
  }

  return (
    <div className="provider-sign-in" aria-busy={pending}>
      <button
        type="button"
        className="button primary"
        disabled={pending}
        aria-describedby={error ? errorId : undefined}
        onClick={() => void signIn()}
      >
        Sign in with your organization account
      </button>
      <p id={errorId} role="alert" className="field-error">
        {error}
      </p>
    </div>
  );
}
