import type { MeetingTemplate } from "@samplan/shared/api";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { getMeetingTemplates } from "../../api/methods.ts";
import { Layout } from "../../ui/Layout.tsx";
import { LoadFailure } from "../../ui/LoadFailure.tsx";
import { useDocumentTitle } from "../../ui/useDocumentTitle.ts";
import { useResource } from "../../ui/useResource.ts";
import { MethodCard } from "./MethodCard.tsx";
import { MethodForm } from "./MethodForm.tsx";
import "./methods.css";

/**
 * Mødeformer (issue 20 part 5): the methods a coordinator plans meetings from. Samplan's own are
 * copied and adjusted, never changed; a copy is her team's (or hers, without a team), and changing
 * one makes a new version, so a meeting keeps the exact version it started from.
 */
export function MeetingMethodsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("methods.title"));
  const [templates, reload] = useResource("meeting-templates", getMeetingTemplates);
  const [editing, setEditing] = useState<{ from: MeetingTemplate; mode: "copy" | "revise" } | null>(null);
  const [saved, setSaved] = useState<MeetingTemplate | null>(null);

  const open = (from: MeetingTemplate, mode: "copy" | "revise") => {
    setSaved(null);
    setEditing({ from, mode });
    window.scrollTo({ top: 0 });
  };

  return (
    <Layout>
      <h1>{t("methods.title")}</h1>
      <p className="muted">{t("methods.intro")}</p>
      <p role="status">{saved ? t("methods.saved", { name: saved.name, version: saved.version }) : ""}</p>
      {editing ? (
        <MethodForm
          key={`${editing.mode}-${editing.from.id}`}
          from={editing.from}
          mode={editing.mode}
          onSaved={(method) => {
            setEditing(null);
            setSaved(method);
            reload();
          }}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      {templates.status === "loading" ? <p className="muted">{t("app.loading")}</p> : null}
      {templates.status === "error" ? <LoadFailure error={templates.error} retry={reload} /> : null}
      {templates.status === "ready" ? (
        <ul className="method-list" aria-label={t("methods.listLabel")}>
          {templates.data.templates.map((method) => (
            <MethodCard
              key={method.id}
              method={method}
              onCopy={() => open(method, "copy")}
              onEdit={() => open(method, "revise")}
            />
          ))}
        </ul>
      ) : null}
    </Layout>
  );
}
