/**
 * Size limits of tool arguments. Every string argument has one, so a 10 MB string is refused with a
 * typed `input-too-large` error before any parser sees it; larger inventories are read by path.
 */
import { z } from 'zod';

/** Longest inventory, plan or spec given inline as text: far beyond any pasted homelab (a 1,000-host YAML is ~0.5 MiB). */
export const MAX_TEXT_CHARS = 2 * 1024 * 1024;
/** Longest file path argument (PATH_MAX on Linux). */
export const MAX_PATH_CHARS = 4096;
/** Longest short value: a quantity ("6x8TB"), an id, a schedule, a date. */
export const MAX_VALUE_CHARS = 256;
/** Longest free-text argument: a task description. */
export const MAX_PROSE_CHARS = 16 * 1024;
/** Largest JSON-RPC message the transport reads; beyond it the message is answered with an error and skipped. */
export const MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

/** A file path inside the roots. */
export const pathArgument = z.string().min(1).max(MAX_PATH_CHARS);
/** Inline text: an inventory, a plan. */
export const textArgument = z.string().max(MAX_TEXT_CHARS);
/** A short value written in human units. */
export const valueArgument = z.string().min(1).max(MAX_VALUE_CHARS);
/** A sentence or a paragraph. */
export const proseArgument = z.string().max(MAX_PROSE_CHARS);
