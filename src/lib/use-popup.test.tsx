import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePopup } from './use-popup';

let closes = 0;
const countClose = () => closes++;

function Subject() {
  const { open, setOpen, close, button, root } = usePopup(countClose);
  return (
    <>
      <div ref={root}>
        <button ref={button} type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          Opener
        </button>
        {open && (
          <div role="menu" aria-label="Popup">
            <button type="button" role="menuitem" onClick={() => close(false)}>
              Item
            </button>
          </div>
        )}
      </div>
      <button type="button">Elsewhere</button>
    </>
  );
}

const opener = () => screen.getByRole('button', { name: 'Opener' });

describe('usePopup', () => {
  it('closes on Escape inside and gives focus back to the button', () => {
    render(<Subject />);
    fireEvent.click(opener());
    const item = screen.getByRole('menuitem', { name: 'Item' });
    item.focus();
    closes = 0;
    fireEvent.keyDown(item, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(opener()).toHaveFocus();
    expect(closes).toBe(1);
  });

  it('closes on a pointer going down outside, not inside, and leaves focus alone', () => {
    render(<Subject />);
    fireEvent.click(opener());
    fireEvent.pointerDown(screen.getByRole('menuitem', { name: 'Item' }));
    expect(screen.getByRole('menu')).toBeInTheDocument();
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    elsewhere.focus();
    fireEvent.pointerDown(elsewhere);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(elsewhere).toHaveFocus();
  });

  it('listens only while open: Escape on a closed popup does nothing', () => {
    render(<Subject />);
    opener().focus();
    closes = 0;
    fireEvent.keyDown(opener(), { key: 'Escape' });
    expect(closes).toBe(0);
  });
});
