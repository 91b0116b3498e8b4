/**
 * `<|Welcome|login|message={login_error}|on_action=log_in|>`: a form with a user name and a password.
 * Submitting it (its button, or Enter in a field) sends `{ user, password, args: [user, password, page] }`
 * as the element's action; the server's `message` (a wrong password, say) is announced when it changes.
 */
import { html, nothing } from "lit";
import { pageContext } from "../page_context.ts";
import { TapirElement } from "../tapir_element.ts";

let loginCount = 0;

/** The `login` element. */
export class TpLogin extends TapirElement {
  readonly #prefix = `tp-login-${++loginCount}`;

  protected override renderElement(): unknown {
    const title = this.propText("title", "Log in");
    const message = this.propText("message");
    const titleId = `${this.#prefix}-title`;
    return html`<form class="tp-login" aria-labelledby=${titleId} @submit=${this.#onSubmit}>
      <h2 class="tp-login-title" id=${titleId}>${title === "" ? "Log in" : title}</h2>
      <label class="tp-field"><span class="tp-field-label">User name</span><input
          class="tp-input-control"
          name="user"
          autocomplete="username"
          required
        /></label>
      <label class="tp-field"><span class="tp-field-label">Password</span><input
          class="tp-input-control"
          name="password"
          type="password"
          autocomplete="current-password"
        /></label>
      <p class="tp-login-message" role="status">${message === "" ? nothing : message}</p>
      <button type="submit" class="tp-button tp-login-submit">Log in</button>
    </form>`;
  }

  #onSubmit = (event: SubmitEvent): void => {
    // The form never navigates: its content goes to the server over the page's connection.
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const user = String(data.get("user") ?? "");
    const password = String(data.get("password") ?? "");
    this.act({ user, password, args: [user, password, pageContext().page.page] });
  };
}

if (!customElements.get("tp-login")) customElements.define("tp-login", TpLogin);
