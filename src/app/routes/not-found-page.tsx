import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <section className="panel" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>There is no page at this address in the console.</p>
      <Link to="/">Go to the console home</Link>
    </section>
  );
}
