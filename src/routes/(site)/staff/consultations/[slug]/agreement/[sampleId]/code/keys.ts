const notTyping = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

/** Whether a key pressed here is someone typing text, not a shortcut. */
export function isTextField(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	if (target.isContentEditable) return true;
	if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
	return target instanceof HTMLInputElement && !notTyping.has(target.type);
}
