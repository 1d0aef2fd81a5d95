import { useTranslation } from "react-i18next";

/** The citizen is told, in plain words, who her coordinator is now and that she need not start over. */
export function NewCoordinatorNotice({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <p className="notice notice--info new-coordinator" role="status">
      {t("handover.citizen", { name })}
    </p>
  );
}
