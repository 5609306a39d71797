import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { committeeStyles } from './committee.styles.js';
import type { DataFile } from '../data/file.js';
import { committeesSection } from '../data/sections/committees.js';
import type { Committee, Member } from '../data/types.js';
import { ConfElement } from '../shared/conf-element.js';
import { errorWords, wordsFor } from '../shared/messages.js';
import { committeeWords } from '../shared/words.js';
import { defineElement } from '../shared/define.js';
import { ImageFallback, initials } from '../shared/fallback-image.js';
import { heading, headingLevel } from '../shared/heading.js';
import { wellFormed } from '../shared/text.js';

/** Members shown together: those sharing a role, or (no `role`) the plain members. */
interface MemberGroup {
  readonly role?: string;
  readonly members: Member[];
}

/**
 * Members from which a list is long: a program committee, not an organising one. Its
 * cards lay out only near the screen; a short list lays out whole, as a lazily laid out
 * card is a placeholder for the first frame it is drawn in — a flicker when the widget
 * takes over its server-rendered markup.
 */
const LONG_LIST = 40;

/**
 * A conference's committees — organising committee, board, steering committee —
 * each under its title, or only the one named by `committee`. Members sharing a role
 * are shown together under that role once, in file order (a role's group stands
 * where its first member stands); members without a role are listed plainly after
 * their committee's title, in a compact multi-column list when they are names only.
 * Each member shows the name (linked to `url`), affiliation and email (a `mailto:`
 * link whose accessible name names the person: "Email Sarah Bird: slbird@fb.com").
 *
 * Photos: when any member of a committee has a `photo`, every member of it gets an
 * avatar of the same fixed size (so nothing shifts as photos load), lazy-loaded; a
 * member without a photo, or whose photo fails to load, gets their initials instead
 * — never a broken-image icon. The photo is decorative (`alt=""`): the person's name
 * is the visible text right beside it, and repeating it as alt text would make
 * screen readers say every name twice (WCAG techniques H67, decorative images get
 * empty alt, and H2, no alt text that repeats the adjacent text); a portrait adds
 * nothing a reader of the name needs. The initials are hidden from assistive
 * technology for the same reason.
 *
 * Layout follows the element's own width (container queries): role groups as tiles
 * in one to four columns, plain members with details as cards in one to four
 * columns, names-only members in one to four text columns — from 240 px sidebars
 * to full pages.
 *
 * @summary Committee members grouped by role, with affiliation, email, link and photo.
 * @slot - Shown while loading and on error: the author's no-JS fallback.
 * @csspart committee - Each committee: its title, members and links.
 * @csspart title - The committee's title (an `<h2>`, or the `heading-level`).
 * @csspart group - The members sharing a role, with the role as heading; `group plain` for those without a role.
 * @csspart role - A role's heading (one level below the title).
 * @csspart members - Each list of members.
 * @csspart member - Each member.
 * @csspart avatar - A member's photo or initials box (only in committees with photos).
 * @csspart photo - A member's photo.
 * @csspart initials - A member's initials, instead of a missing or failed photo.
 * @csspart name - A member's name (a link when the member has a `url`).
 * @csspart affiliation - A member's affiliation.
 * @csspart email - A member's email link.
 * @csspart links - The list of the committee's links, after its members.
 * @csspart link - Each of those links.
 * @csspart notice - The message shown when `committee` names no committee in the data.
 * @cssprop [--conf-committee-photo-size=2.75em] - Width and height of photos and initials.
 * @cssprop [--conf-committee-role-color=var(--conf-muted-color)] - Colour of the role headings.
 * @cssprop [--conf-committee-title-size=1.25em] - Font size of committee titles.
 * @cssprop [--conf-committee-gap=var(--conf-space)] - Space between role groups and between cards.
 * @fires conf-ready - The data has loaded and is shown.
 * @fires conf-error - The data could not be loaded or used.
 */
export class ConfCommittee extends ConfElement {
  static override styles = [...ConfElement.styles, committeeStyles];
  static override sections = [committeesSection];
  static override properties: PropertyDeclarations = {
    committee: {},
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** The committee's words. */
  protected override get words() {
    return wordsFor(this.resolvedLocale, errorWords, committeeWords);
  }

  private readonly images = new ImageFallback(this);

  /** The words and locale of the render under way: looked up once, not per member. */
  #voice!: { words: ConfCommittee['words']; locale: string };

  /** A committee `id` to show only that committee; default: all, each under its title. */
  committee?: string;

  /** Level of the committee titles (1–6, default 2); role headings are one below. */
  headingLevel = 2;

  private renderCommittee(committee: Committee, index: number, level: number): TemplateResult {
    const titleId = `committee-${index}-title`;
    const withPhotos = committee.members.some((member) => member.photo !== undefined);
    return html`<section class="committee" part="committee">
      ${heading(level, committee.title, { part: 'title', id: titleId })}
      ${
        committee.members.length > 0
          ? html`<div class="groups">
              ${groupByRole(committee.members).map((group) => this.renderGroup(group, level + 1, withPhotos, titleId))}
            </div>`
          : nothing
      }
      ${
        committee.links.length > 0
          ? html`<ul class="links" part="links" role="list">
              ${committee.links.map(
                (link) =>
                  html`<li>
                    ${link.url ? html`<a part="link" href=${link.url}>${link.label}</a>` : html`<span part="link">${link.label}</span>`}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </section>`;
  }

  private renderGroup(
    group: MemberGroup,
    level: number,
    withPhotos: boolean,
    titleId: string,
  ): TemplateResult {
    const namesOnly =
      !withPhotos && group.members.every((member) => !member.affiliation && !member.email);
    // Long lists lay out lazily (committee.styles.ts): `long` on the list.
    const layout = `${namesOnly ? 'names' : 'cards'}${group.members.length > LONG_LIST ? ' long' : ''}`;
    const members = group.members.map((member) => this.renderMember(member, withPhotos));
    if (group.role === undefined) {
      // Plain members follow the role groups without a heading of their own; the list
      // takes the committee's title as its name, so it does not read as part of the
      // last role group.
      return html`<div class="group plain" part="group plain">
        <ul class="members ${layout}" part="members" role="list" aria-labelledby=${titleId}>
          ${members}
        </ul>
      </div>`;
    }
    return html`<div class="group" part="group">
      ${heading(level, group.role, { part: 'role' })}
      <ul class="members ${layout}" part="members" role="list">
        ${members}
      </ul>
    </div>`;
  }

  private renderMember(member: Member, withPhotos: boolean): TemplateResult {
    const name = member.url ? html`<a href=${member.url}>${member.name}</a>` : member.name;
    return html`<li class="member" part="member">
      ${withPhotos ? this.renderAvatar(member) : nothing}
      <span class="who">
        <span class="name" part="name">${name}</span>
        ${member.affiliation ? html`<span class="affiliation" part="affiliation">${member.affiliation}</span>` : nothing}
        ${
          member.email
            ? html`<a
                class="email"
                part="email"
                href=${mailto(member.email)}
                aria-label=${this.#voice.words.emailPerson(member.name, member.email)}
                >${member.email}</a
              >`
            : nothing
        }
      </span>
    </li>`;
  }

  private renderAvatar(member: Member): TemplateResult {
    return html`<span class="avatar" part="avatar">
      ${
        this.images.usable(member.photo)
          ? html`<img
              part="photo"
              src=${member.photo}
              alt=""
              loading="lazy"
              decoding="async"
              @error=${this.images.onError}
            />`
          : html`<span class="initials" part="initials" aria-hidden="true"
              >${initials(member.name, this.#voice.locale)}</span
            >`
      }
    </span>`;
  }

  protected override renderData(file: DataFile) {
    this.#voice = { words: this.words, locale: this.resolvedLocale };
    const committees = file.read(committeesSection);
    const level = headingLevel(this.headingLevel);
    if (this.committee) {
      const index = committees.findIndex((committee) => committee.id === this.committee);
      if (index < 0) {
        this.warnOnce({
          key: this.committee,
          message: `conf-widgets: <conf-committee committee="${this.committee}">: no committee with that id in the data file.`,
        });
        return html`<p class="notice" part="notice">${this.words.noCommittee(this.committee)}</p>`;
      }
      this.warnOnce();
      return this.renderCommittee(committees[index]!, index, level);
    }
    this.warnOnce();
    if (committees.length === 0) return nothing;
    return html`${committees.map((committee, index) => this.renderCommittee(committee, index, level))}`;
  }
}

/**
 * Members grouped by role in file order: a role's group stands where its first member
 * stands, members without a role form one plain group at the place of the first of
 * them. Roles match ignoring case; the group shows the role as its first member
 * wrote it.
 */
export function groupByRole(members: readonly Member[]): MemberGroup[] {
  const groups = new Map<string | undefined, MemberGroup>();
  for (const member of members) {
    const key = member.role?.toLocaleLowerCase();
    let group = groups.get(key);
    if (!group) {
      group = { role: member.role, members: [] };
      groups.set(key, group);
    }
    group.members.push(member);
  }
  return [...groups.values()];
}

/** A `mailto:` URL for an address the normaliser has checked; `?`, `&`, `#` stay inert. */
function mailto(address: string): string {
  const at = address.lastIndexOf('@');
  const encode = (part: string) => encodeURIComponent(wellFormed(part));
  return `mailto:${encode(address.slice(0, at))}@${encode(address.slice(at + 1))}`;
}

defineElement('conf-committee', ConfCommittee);

declare global {
  interface HTMLElementTagNameMap {
    'conf-committee': ConfCommittee;
  }
}
