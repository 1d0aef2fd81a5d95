import { z } from "zod";
import {
  CopyMeetingTemplateBody,
  MeetingTemplate,
  MeetingTemplateId,
  MeetingTemplates,
  ReviseMeetingTemplateBody,
} from "../MeetingTemplate.ts";
import { AddVocabularyBody, Vocabulary } from "../Vocabulary.ts";
import { route } from "./route.ts";

/** The municipality's words and meeting methods: the lists the forms offer, and the methods page. */
export const methodRoutes = {
  vocabulary: route({ method: "get", path: "/api/vocabulary", answer: Vocabulary }),
  addVocabulary: route({ method: "post", path: "/api/vocabulary", body: AddVocabularyBody, answer: Vocabulary }),
  meetingTemplates: route({ method: "get", path: "/api/meeting-templates", answer: MeetingTemplates }),
  copyMeetingTemplate: route({
    method: "post",
    path: "/api/meeting-templates",
    body: CopyMeetingTemplateBody,
    answer: MeetingTemplate,
  }),
  reviseMeetingTemplate: route({
    method: "post",
    path: "/api/meeting-templates/:templateId/revisions",
    params: z.object({ templateId: MeetingTemplateId }),
    body: ReviseMeetingTemplateBody,
    answer: MeetingTemplate,
  }),
} as const;
