import { clsx, type ClassValue } from 'clsx'

/** Joins class names, dropping the falsy ones: cn('a', isOn && 'b'). */
export function cn(...classes: ClassValue[]): string {
  return clsx(classes)
}
