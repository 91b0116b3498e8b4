import { defineElement } from "./element_definition.ts";
import { checkLoginAction } from "./actions/login_action.ts";

/**
 * `<|Welcome|login|message={login_error}|on_action=log_in|>`: a user name and password form. Submitting it
 * (the button, or Enter in either field) runs the action with the payload
 * `{ user, password, args: [user, password, pageName] }` (`args` as in Taipy).
 */
export const login = defineElement({
  name: "login",
  defaultProperty: "title",
  doc: {
    summary: "A user name and password form. Submitting it (the button, or Enter in either field) runs the action.",
    example: "<|Welcome|login|message={loginError}|on_action=logIn|>",
    defaults: {
      title: "Log in",
    },
    properties: {
      title: "The form's title.",
      message: "A message shown in the form (e.g. why the last try failed).",
    },
    calls: {
      on_action: "`(state, id, { user, password, args: [user, password, pageName] })` (`args` as in Taipy).",
    },
  },
  actions: true,
  checkAction: checkLoginAction,
  properties: {
    title: { type: "string", dynamic: true },
    message: { type: "string", dynamic: true },
    on_action: { type: "function" },
  },
});
