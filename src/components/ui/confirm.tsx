import { lazy, Suspense, useSyncExternalStore } from 'react';

type Question = { title: string; message: string; confirmLabel: string; danger?: boolean };
type Pending = Question & { answer: (yes: boolean) => void };

let pending: Pending | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

/**
 * Asks in a styled modal dialog (never the browser's `confirm()`); resolves true when the user
 * confirms. A second question while one is open answers the first with "no".
 */
export function askToConfirm(question: Question): Promise<boolean> {
  pending?.answer(false);
  return new Promise((resolve) => {
    const asked: Pending = {
      ...question,
      answer: (yes) => {
        if (pending === asked) {
          pending = null;
          notify();
        }
        resolve(yes);
      },
    };
    pending = asked;
    notify();
  });
}

/** Answers an open question with "no": the unit tests start each test with none. */
export function dismissConfirm(): void {
  pending?.answer(false);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

const ConfirmDialog = lazy(() =>
  import('./confirm-dialog').then((m) => ({ default: m.ConfirmDialog })),
);

/** Where askToConfirm's dialog appears; mounted once by the app. */
export function ConfirmHost() {
  const question = useSyncExternalStore(
    subscribe,
    () => pending,
    () => null,
  );
  if (!question) return null;
  return (
    <Suspense fallback={null}>
      <ConfirmDialog
        key={question.title + question.message}
        open
        title={question.title}
        confirmLabel={question.confirmLabel}
        danger={question.danger ?? false}
        onConfirm={() => question.answer(true)}
        onCancel={() => question.answer(false)}
      >
        <p>{question.message}</p>
      </ConfirmDialog>
    </Suspense>
  );
}
