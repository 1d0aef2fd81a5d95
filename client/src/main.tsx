// First, before any of shared/'s schemas are made: see that file for why.
import "@samplan/shared/browser/withoutEval";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { languageReady } from "./i18n/index.ts";
import { registerServiceWorker } from "./serviceWorker.ts";
import "./ui/base.css";
import "./ui/layout.css";
import "./ui/forms.css";
import "./features/meeting/meeting.css";
import "./features/plan/plan.css";
import "./features/plan/editor.css";
import "./features/session/access.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");

registerServiceWorker();

void languageReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
