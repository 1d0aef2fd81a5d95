import { VocabularyKind } from "@samplan/shared/api";
import { useTranslation } from "react-i18next";
import { getVocabulary } from "../../api/methods.ts";
import { LoadFailure } from "../../ui/LoadFailure.tsx";
import { useResource } from "../../ui/useResource.ts";
import { VocabularyList } from "./VocabularyList.tsx";

/** Ordlister: the words offered when filling in participants and meetings, kept by the coordinator. */
export function VocabularySection() {
  const { t } = useTranslation();
  const [vocabulary, reload] = useResource("vocabulary", getVocabulary);
  return (
    <section className="stack" aria-labelledby="vocabulary-heading">
      <h2 id="vocabulary-heading">{t("settings.vocabularyHeading")}</h2>
      <p className="muted">{t("settings.vocabularyIntro")}</p>
      {vocabulary.status === "loading" ? <p className="muted">{t("app.loading")}</p> : null}
      {vocabulary.status === "error" ? <LoadFailure error={vocabulary.error} retry={reload} /> : null}
      {vocabulary.status === "ready" ? (
        <div className="vocabulary-grid">
          {VocabularyKind.options.map((kind) => (
            <VocabularyList key={kind} kind={kind} words={vocabulary.data[kind]} onAdded={reload} />
          ))}
        </div>
      ) : null}
    </section>
  );
}
