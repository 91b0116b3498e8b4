/** Elements that show things or act: images, indicators, metrics, progress, status, alerts, menus, navigation, files, login, chat. */
import type { ElementDefinition } from "./element_definition.ts";
import { alert } from "./alert.ts";
import { chat } from "./chat.ts";
import { image } from "./image.ts";
import { indicator } from "./indicator.ts";
import { login } from "./login.ts";
import { menu } from "./menu.ts";
import { metric } from "./metric.ts";
import { progress } from "./progress.ts";
import { status } from "./status.ts";

export const displayElements: readonly ElementDefinition[] = [
  indicator,
  metric,
  progress,
  status,
  alert,
  menu,
  image,
  login,
  chat,
];
