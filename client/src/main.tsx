import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { languageReady } from "./i18n/index.ts";
import { registerServiceWorker } from "./serviceWorker.ts";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/forms.css";
import "./styles/meeting.css";
import "./styles/plan.css";
import "./styles/editor.css";
import "./styles/access.css";

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
