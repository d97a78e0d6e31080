/**
 * The folder holding reports/ and sources/ (and glossary/), relative to the
 * project: `content`, unless TIFA_CONTENT names another, which the tests use
 * to build their hostile-text fixtures through the real site pipeline.
 */
import { relative, resolve } from 'node:path';

export const CONTENT_ROOT = process.env.TIFA_CONTENT ? relative(process.cwd(), resolve(process.env.TIFA_CONTENT)) || '.' : 'content';
