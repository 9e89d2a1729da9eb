import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useId, useState, type SubmitEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { getIdentity } from '../../api/credential';
import { config } from '../../config';
import { safeReturnPath } from '../../lib/safe-return-path';
import { credentialProblem } from './credential-problem';
import type { Persona } from './persona';
import { tabIdentity } from './require-session';
import { signIn, type SignInFailure } from './sign-in';
import './sign-in.css';

// Only OIDC mode loads the OpenID client.
const ProviderSignIn = lazy(() =>
  import('./oidc/provider-sign-in').then(({ ProviderSignIn }) => ({ default: ProviderSignIn })),
);

export function SignInPage({ personas }: { personas: readonly Persona[] }) {
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnPath(searchParams.get('returnTo')) ?? '/';
  useEffect(() => {
    document.title = 'Sign in · Org Console';
  }, []);
  return (
    <main className="panel sign-in">
      <div className="sign-in-brand">
        <span className="sign-in-mark" aria-hidden="true" />
        Org Console
      </div>
      <h1>Sign in</h1>
      <p className="muted sign-in-lead">Manage your organizations, their members and settings.</p>
      {searchParams.get('returnTo') && (
        <p className="notice">Your session ended. Sign in again to continue where you were.</p>
      )}
      {config.authMode === 'oidc' ? (
        <Suspense>
          <ProviderSignIn returnTo={returnTo} />
        </Suspense>
      ) : (
        <TokenSignIn personas={personas} returnTo={returnTo} />
      )}
    </main>
  );
}

/** Token mode: an API token or key (QA, machine access), or a mock persona. */
function TokenSignIn({ personas, returnTo }: { personas: readonly Persona[]; returnTo: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [token, setToken] = useState('');
  const [error, setError] = useState<SignInFailure | null>(null);
  const [pending, setPending] = useState(false);
  // The return path belongs to whoever this tab showed last; a fresh tab's link, to anyone.
  const [returnsTo] = useState(tabIdentity);
  const errorId = useId();

  async function submit(credential: string) {
    if (pending) return;
    const trimmed = credential.trim();
    const problem = trimmed ? credentialProblem(trimmed) : 'Enter your API token.';
    if (problem) {
      setError({ message: problem, credential: true });
      return;
    }
    setPending(true);
    setError(null);
    const failure = await signIn(queryClient, trimmed);
    setPending(false);
    if (failure) setError(failure);
    else {
      const same = returnsTo === null || returnsTo === getIdentity();
      void navigate(same ? returnTo : '/', { replace: true });
    }
  }

  function onSubmit(event: SubmitEvent) {
    event.preventDefault();
    void submit(token);
  }

  return (
    <>
      <form onSubmit={onSubmit} aria-busy={pending} noValidate>
        <label htmlFor="credential">API token</label>
        <input
          id="credential"
          name="credential"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          onChange={(event) => setToken(event.target.value)}
          aria-invalid={error?.credential ? true : undefined}
          aria-describedby={error?.credential ? errorId : undefined}
        />
        <button type="submit" className="button primary sign-in-submit" disabled={pending}>
          Sign in
        </button>
        <p id={errorId} role="alert" className="field-error">
          {error?.message}
        </p>
      </form>
      {personas.length > 0 && (
        <section aria-labelledby="personas-heading" className="personas">
          <h2 id="personas-heading">Or sign in as a mock persona</h2>
          <ul>
            {personas.map((persona) => (
              <li key={persona.id}>
                <button
                  type="button"
                  className="persona"
                  disabled={pending}
                  aria-labelledby={`persona-name-${persona.id}`}
                  aria-describedby={`persona-${persona.id}`}
                  onClick={() => void submit(persona.token)}
                >
                  <span className="avatar persona-avatar" aria-hidden="true">
                    {persona.name
                      .split(' ')
                      .map((word) => word[0])
                      .join('')}
                  </span>
                  <span className="persona-text">
                    <span id={`persona-name-${persona.id}`} className="persona-name">
                      {persona.name}
                    </span>
                    <span id={`persona-${persona.id}`} className="persona-description">
                      {persona.description}
                    </span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
