import { configProblems, type ConfigFailure } from '../config-problems';
import './config-error-page.css';

/** Shown instead of the console when `/config.json` is missing or holds a value it cannot use. */
export function ConfigErrorPage({
  failure,
  fileName,
}: {
  failure: ConfigFailure;
  fileName: string;
}) {
  return (
    <main className="panel config-error">
      <h1>The console is not configured correctly</h1>
      <p>
        The deployment&apos;s configuration, <code>config.json</code> beside <code>index.html</code>
        , has what the console cannot use:
      </p>
      <ul>
        {configProblems(failure, fileName).map((problem) => (
          <li key={problem.key}>
            <code>{problem.key}</code>: found <code>{problem.found}</code>. Allowed:{' '}
            {problem.allowed}.
          </li>
        ))}
      </ul>
      <p>Correct the file on the server and reload this page; no rebuild is needed.</p>
    </main>
  );
}
