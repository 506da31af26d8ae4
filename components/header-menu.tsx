"use client";

import { usePathname } from "next/navigation";
import { useId, useRef, useState, type ReactNode } from "react";

/**
 * On phones the sections, search and account fold behind a menu button (a disclosure: the
 * button says whether it is expanded and which element it controls). On wide screens the CSS
 * shows everything and hides the button. The menu closes when a link leads to another page and
 * on Escape, which returns focus to the button.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const [shownFor, setShownFor] = useState(pathname);
  const button = useRef<HTMLButtonElement>(null);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  return (
    <>
      <button ref={button} type="button" className="menu-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((value) => !value)}>
        <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
        </svg>
        Menu
      </button>
      <div
        id={id}
        className="site-menu"
        data-open={open}
        onKeyDown={(event) => {
          if (event.key === "Escape" && open) {
            setOpen(false);
            button.current?.focus();
          }
        }}
      >
        {children}
      </div>
    </>
  );
}
