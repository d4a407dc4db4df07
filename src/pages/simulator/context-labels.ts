import type { MessageKey } from '../../core/translate';
import type { RequestContext } from '../../core/request-simulator';

/** The "Context" select's words for each kind of request. */
export const CONTEXT_LABELS: Record<RequestContext, MessageKey> = {
  navigation: 'simulatorContextNavigation',
  'navigation-post': 'simulatorContextNavigationPost',
  'navigation-cross-site': 'simulatorContextNavigationCrossSite',
  'navigation-post-cross-site': 'simulatorContextNavigationPostCrossSite',
  subresource: 'simulatorContextSubresource',
  'iframe-cross-site': 'simulatorContextIframe',
  'fetch-cross-site': 'simulatorContextFetch',
};
