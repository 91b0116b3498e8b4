/** Elements that move files: file_download and file_selector. */
import type { ElementDefinition } from "./element_definition.ts";
import { fileDownload } from "./file_download.ts";
import { fileSelector } from "./file_selector.ts";

export const fileElements: readonly ElementDefinition[] = [fileDownload, fileSelector];
