/** Elements that show things or act: images, indicators, metrics, progress, status, alerts, menus, navigation, files, login, chat. */
import type { ElementDefinition } from "./element_definition.ts";

export const displayElements: readonly ElementDefinition[] = [];
