import { defineElement } from "./element_definition.ts";

/**
 * `<|Welcome|login|message={login_error}|on_action=log_in|>`: a user name and password form. Submitting it
 * (the button, or Enter in either field) runs the action with the payload
 * `{ user, password, args: [user, password, pageName] }` (`args` as in Taipy).
 */
export const login = defineElement({
  name: "login",
  defaultProperty: "title",
  actions: true,
  properties: {
    title: { type: "string", dynamic: true },
    message: { type: "string", dynamic: true },
    on_action: { type: "function" },
  },
});
