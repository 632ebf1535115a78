import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Opens the flag form on the first AI reply of the ticket page, marks it incorrect and picks another intent from the
 * list, as an agent does; the caller adds the reason (and a right answer) and saves.
 */
export async function startIncorrectFlag(page: Page): Promise<{ message: Locator; form: Locator; corrected: string }> {
  const message = page.getByRole("group", { name: "Feedback on this AI reply" }).first();
  await message.getByRole("button", { name: "Flag this AI reply" }).click();
  const form = message.getByRole("form", { name: "Flag AI reply" });
  await form.getByRole("radio", { name: "Incorrect" }).check();
  const intent = form.getByLabel("The ticket is really about");
  await intent.selectOption({ index: 1 });
  const corrected = await intent.inputValue();
  expect(corrected).not.toBe("");
  return { message, form, corrected };
}
