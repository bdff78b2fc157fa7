import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from './password.ts';

export const ROLES = ['secretariat', 'chair', 'delegate', 'stakeholder'] as const;
export const emailSchema = z.string().trim().toLowerCase().max(254).email('Enter an email address like name@example.org.');
export const passwordSchema = z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`).max(200);
export const roleSchema = z.enum(ROLES);
export const displayNameSchema = z.string().trim().min(1, 'Enter a name.').max(200);
