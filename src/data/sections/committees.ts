import { omit, type Infer } from '../check.js';
import type { Section } from '../file.js';
import type { Reader } from '../reader.js';
import { CommitteeSchema, LinkSchema, MemberSchema } from '../schema.js';
import type { Committee, Link, Member } from '../types.js';
import { quote } from '../../shared/text.js';

/** `committees`; members and links are read one by one, so a bad one costs only itself. */
export const committeesSection: Section<readonly Committee[]> = {
  name: 'committees',
  read(reader, file) {
    const raw = file.raw.committees;
    return reader.list(
      raw,
      'committees',
      omit(CommitteeSchema, ['members', 'links']),
      (committee, path, index): Committee => {
        const source = (raw as Record<string, unknown>[])[index]!;
        return {
          id: committee.id,
          title: committee.title,
          members: reader.list(
            source.members,
            `${path}.members`,
            MemberSchema,
            (member, memberPath) => readMember(reader, member, memberPath),
          ),
          links: reader.list(source.links, `${path}.links`, LinkSchema, (link, linkPath): Link => ({
            label: link.label,
            url: reader.url(link.url, `${linkPath}.url`),
          })),
        };
      },
    );
  },
};

function readMember(reader: Reader, raw: Infer<typeof MemberSchema>, path: string): Member {
  let email = raw.email?.trim();
  if (email !== undefined && !/^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+$/.test(email)) {
    reader.drop(`${path}.email`, `${quote(raw.email)} is not an email address`);
    email = undefined;
  }
  return {
    name: raw.name,
    role: raw.role?.trim() || undefined,
    affiliation: raw.affiliation,
    email,
    url: reader.url(raw.url, `${path}.url`),
    photo: reader.url(raw.photo, `${path}.photo`),
  };
}
