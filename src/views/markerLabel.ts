import type { Lang } from '../i18n/locale.svelte.ts';
import type { Marker } from '../player/PlayerLike.ts';
import { describeAction } from '../sim/describeAction.ts';
import { detailZh } from './detailZh.ts';
import { logText } from './logText.ts';

/** What a timeline marker stands for, in words: its log sentence, or the reader's action. */
export function markerLabel(marker: Marker, lang: Lang): string {
  if (marker.entry) return logText(marker.entry, lang);
  if (marker.action) {
    const what = describeAction(marker.action.action);
    return lang === 'zh' ? detailZh(what) : what;
  }
  return '';
}
