/**
 * The language an element speaks and the words it shows: the element's own `lang`,
 * else the closest ancestor's (across shadow roots), else the document's; the catalogue
 * sections it reads, loaded once per page. Re-renders its host when any `lang` on the
 * page changes, and when its words arrive.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { uiLanguage, type Messages, type Section, type UiLanguage } from '../feed/messages/catalogue.js';
import { loadMessages, messagesIfLoaded } from '../feed/messages/load.js';
import { closestAcross } from './dom.js';

type Host = ReactiveControllerHost & HTMLElement;

// One observer for the whole page, shared by every connected element.
const watching = new Set<Host>();
let observer: MutationObserver | undefined;

function watch(host: Host): void {
  watching.add(host);
  if (!observer) {
    observer = new MutationObserver(() => watching.forEach((h) => h.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatch(host: Host): void {
  watching.delete(host);
  if (watching.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

export class LocalizeController<S extends Section> implements ReactiveController {
  constructor(
    private readonly host: Host,
    private readonly sections: readonly S[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    watch(this.host);
  }

  hostDisconnected(): void {
    unwatch(this.host);
  }

  /** `en` or `ja`, from the closest `lang` on the way up, or the document's. */
  get lang(): UiLanguage {
    const owner = closestAcross(this.host, '[lang]');
    return uiLanguage(owner ? owner.getAttribute('lang') : document.documentElement.lang);
  }

  /** The words of this element's sections, or `undefined` while they load (the host re-renders then). */
  messages(lang: UiLanguage = this.lang): Messages<S> | undefined {
    const found = messagesIfLoaded(lang, this.sections);
    if (!found) void loadMessages(lang, this.sections).then(() => this.host.requestUpdate());
    return found;
  }
}
