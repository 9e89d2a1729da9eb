// jsdom has <dialog> but not showModal/close. Just enough of them for components that use the
// native modal: the open attribute, the close event, and Escape firing a cancelable cancel.
function openDialogs(): HTMLDialogElement[] {
  return [...document.querySelectorAll<HTMLDialogElement>('dialog[open]')];
}

export function installDialogPolyfill(): void {
  if (!('HTMLDialogElement' in globalThis) || 'showModal' in HTMLDialogElement.prototype) return;
  const proto: HTMLDialogElement = HTMLDialogElement.prototype;
  const open = function open(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.showModal = open;
  proto.show = open;
  proto.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
  document.addEventListener('keydown', (event) => {
    const dialog = openDialogs().at(-1);
    if (event.key !== 'Escape' || !dialog) return;
    const cancel = new Event('cancel', { cancelable: true });
    if (dialog.dispatchEvent(cancel)) dialog.close();
  });
}
