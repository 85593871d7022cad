/** Lung fields of an image: from the dataset's anatomy, a chest box with a template, or an image template. */
import type { LungFields, Region } from './contract.ts';

export function lungFieldsFor(
  _image: { width: number; height: number },
  _from: { anatomy?: readonly Region[] | null; chestBox?: Region | null } = {},
): LungFields {
  throw new Error('not implemented');
}
