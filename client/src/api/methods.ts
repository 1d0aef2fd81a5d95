import {
  type AddVocabularyBody,
  methodRoutes as api,
  type CopyMeetingTemplateBody,
  type MeetingTemplate,
  type MeetingTemplates,
  type ReviseMeetingTemplateBody,
  type Vocabulary,
} from "@samplan/shared/api";
import { call } from "./request.ts";

// The municipality's words and meeting methods.

export function getVocabulary(): Promise<Vocabulary> {
  return call(api.vocabulary);
}

export function addVocabulary(body: AddVocabularyBody): Promise<Vocabulary> {
  return call(api.addVocabulary, { body });
}

export function getMeetingTemplates(): Promise<MeetingTemplates> {
  return call(api.meetingTemplates);
}

export function copyMeetingTemplate(body: CopyMeetingTemplateBody): Promise<MeetingTemplate> {
  return call(api.copyMeetingTemplate, { body });
}

export function reviseMeetingTemplate(templateId: string, body: ReviseMeetingTemplateBody): Promise<MeetingTemplate> {
  return call(api.reviseMeetingTemplate, { params: { templateId }, body });
}
