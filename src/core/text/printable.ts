// Text from files as data, never as terminal control: control characters (C0 and C1) and direction overrides
// are removed from text and shown as visible escapes in names.

/** C0 and C1 controls (but newline and tab), and the characters that turn the direction of text around. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const HAS_CONTROL = new RegExp(CONTROL.source);
const CONTROL_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The text without control and direction characters (newlines and tabs stay). */
export function withoutControls(text: string): string {
  return HAS_CONTROL.test(text) ? text.replace(CONTROL, '') : text;
}

/** A file name with each control or direction character shown as an escape (`\n`, `\u001b`, `\u202e`). */
export function printableName(name: string): string {
  return name.replace(CONTROL_IN_NAME, c => c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
