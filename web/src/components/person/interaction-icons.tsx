import type { InteractionType } from '../../api/types';
import {
  type Icon,
  IconBriefcase,
  IconBulb,
  IconCalendar,
  IconChat,
  IconEye,
  IconHandshake,
  IconMail,
  IconPhone,
  IconShare,
} from '../icons';

export const interactionIcons: Record<InteractionType, Icon> = {
  met: IconHandshake,
  call: IconPhone,
  email: IconMail,
  message: IconChat,
  event: IconCalendar,
  became_my_client: IconBriefcase,
  became_their_client: IconBriefcase,
  sent_useful_info: IconBulb,
  followed_their_work: IconEye,
  social: IconShare,
  introduced: IconHandshake,
};
