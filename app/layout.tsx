import type { ReactNode } from 'react'
import './globals.css'

type Props = { children: ReactNode }

/**
 * Each edition renders its own <html lang dir> in app/[edition]/layout.tsx, so this root layout
 * only passes its children through (the pattern Next documents for per-locale root elements).
 */
export default function RootLayout({ children }: Props) {
  return children
}
